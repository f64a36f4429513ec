using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmBlazor.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Memberships : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "event_fees_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "event_participations_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "events_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "membership_cards_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "membership_fees_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "membership_reminders_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "membership_types_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "memberships_hilo",
                incrementBy: 10);

            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    capacity = table.Column<int>(type: "integer", nullable: true),
                    fee = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => x.id);
                    table.CheckConstraint("ck_events_capacity", "capacity IS NULL OR capacity BETWEEN 1 AND 100000");
                    table.CheckConstraint("ck_events_dates", "ends_on >= starts_on");
                    table.CheckConstraint("ck_events_fee", "fee >= 0");
                    table.CheckConstraint("ck_events_name", "btrim(name) <> ''");
                });

            migrationBuilder.CreateTable(
                name: "membership_types",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    fee = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    rollover_month = table.Column<int>(type: "integer", nullable: true),
                    rollover_day = table.Column<int>(type: "integer", nullable: true),
                    grace_months = table.Column<int>(type: "integer", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_membership_types", x => x.id);
                    table.CheckConstraint("ck_membership_types_fee", "fee > 0");
                    table.CheckConstraint("ck_membership_types_grace", "grace_months BETWEEN 0 AND 24");
                    table.CheckConstraint("ck_membership_types_name", "btrim(name) <> ''");
                    table.CheckConstraint("ck_membership_types_rollover", "(rollover_month IS NULL) = (rollover_day IS NULL) AND (rollover_month IS NULL OR (kind = 'CalendarYear' AND rollover_month BETWEEN 1 AND 12 AND rollover_day BETWEEN 1 AND 31 AND (rollover_month, rollover_day) <> (1, 1)))");
                });

            migrationBuilder.CreateTable(
                name: "event_participations",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    event_id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    cancel_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_participations", x => x.id);
                    table.CheckConstraint("ck_event_participations_cancel_explained", "(status = 'Cancelled') = (cancel_reason IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_event_participations_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_event_participations_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "memberships",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    type_id = table.Column<long>(type: "bigint", nullable: false),
                    fee = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    entered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    joined_on = table.Column<DateOnly>(type: "date", nullable: true),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: true),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    new_until = table.Column<DateOnly>(type: "date", nullable: true),
                    is_first_of_contact = table.Column<bool>(type: "boolean", nullable: false),
                    grace_months = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    cancel_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_memberships", x => x.id);
                    table.CheckConstraint("ck_memberships_cancel_explained", "(status = 'Cancelled') = (cancel_reason IS NOT NULL)");
                    table.CheckConstraint("ck_memberships_dates", "ends_on IS NULL OR ends_on >= starts_on");
                    table.CheckConstraint("ck_memberships_fee", "fee > 0");
                    table.CheckConstraint("ck_memberships_grace", "grace_months BETWEEN 0 AND 24");
                    table.CheckConstraint("ck_memberships_paid", "(starts_on IS NULL) = (joined_on IS NULL) AND (starts_on IS NOT NULL OR ends_on IS NULL)");
                    table.CheckConstraint("ck_memberships_pending", "status IN ('Pending', 'Cancelled') OR starts_on IS NOT NULL");
                    table.ForeignKey(
                        name: "fk_memberships_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_memberships_membership_types_type_id",
                        column: x => x.type_id,
                        principalTable: "membership_types",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "event_fees",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    participation_id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    payment_id = table.Column<long>(type: "bigint", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    is_cancelled = table.Column<bool>(type: "boolean", nullable: false),
                    cancel_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_fees", x => x.id);
                    table.CheckConstraint("ck_event_fees_amount", "amount > 0");
                    table.CheckConstraint("ck_event_fees_cancel_explained", "is_cancelled = (cancel_reason IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_event_fees_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_event_fees_event_participations_participation_id",
                        column: x => x.participation_id,
                        principalTable: "event_participations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_event_fees_payments_payment_id",
                        column: x => x.payment_id,
                        principalTable: "payments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "membership_fees",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    membership_id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    payment_id = table.Column<long>(type: "bigint", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    term_starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    term_ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    cancel_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_membership_fees", x => x.id);
                    table.CheckConstraint("ck_membership_fees_amount", "amount > 0");
                    table.CheckConstraint("ck_membership_fees_cancel_explained", "(status = 'Cancelled') = (cancel_reason IS NOT NULL)");
                    table.CheckConstraint("ck_membership_fees_term", "term_ends_on IS NULL OR term_ends_on >= term_starts_on");
                    table.ForeignKey(
                        name: "fk_membership_fees_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_membership_fees_memberships_membership_id",
                        column: x => x.membership_id,
                        principalTable: "memberships",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_membership_fees_payments_payment_id",
                        column: x => x.payment_id,
                        principalTable: "payments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "membership_reminders",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    membership_id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    offset_days = table.Column<int>(type: "integer", nullable: false),
                    channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    campaign_id = table.Column<long>(type: "bigint", nullable: false),
                    sent_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_membership_reminders", x => x.id);
                    table.ForeignKey(
                        name: "fk_membership_reminders_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_membership_reminders_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_membership_reminders_memberships_membership_id",
                        column: x => x.membership_id,
                        principalTable: "memberships",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "membership_cards",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    membership_id = table.Column<long>(type: "bigint", nullable: false),
                    fee_id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    document_id = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    outbox_message_id = table.Column<long>(type: "bigint", nullable: true),
                    print_batch_document_id = table.Column<long>(type: "bigint", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_membership_cards", x => x.id);
                    table.CheckConstraint("ck_membership_cards_emailed", "(status = 'Emailed') = (outbox_message_id IS NOT NULL)");
                    table.CheckConstraint("ck_membership_cards_printed", "(status = 'Printed') = (print_batch_document_id IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_membership_cards_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_membership_cards_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_membership_cards_documents_print_batch_document_id",
                        column: x => x.print_batch_document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_membership_cards_membership_fees_fee_id",
                        column: x => x.fee_id,
                        principalTable: "membership_fees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_membership_cards_memberships_membership_id",
                        column: x => x.membership_id,
                        principalTable: "memberships",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_membership_cards_outbox_messages_outbox_message_id",
                        column: x => x.outbox_message_id,
                        principalTable: "outbox_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_event_fees_contact_id",
                table: "event_fees",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_event_fees_participation_id",
                table: "event_fees",
                column: "participation_id");

            migrationBuilder.CreateIndex(
                name: "ix_event_fees_payment_id",
                table: "event_fees",
                column: "payment_id");

            migrationBuilder.CreateIndex(
                name: "ix_event_participations_contact_id",
                table: "event_participations",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_event_participations_event_id_contact_id",
                table: "event_participations",
                columns: new[] { "event_id", "contact_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_events_starts_on",
                table: "events",
                column: "starts_on");

            migrationBuilder.CreateIndex(
                name: "ix_membership_cards_contact_id",
                table: "membership_cards",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_membership_cards_created_at",
                table: "membership_cards",
                column: "created_at",
                filter: "status = 'AwaitingPrint'");

            migrationBuilder.CreateIndex(
                name: "ix_membership_cards_document_id",
                table: "membership_cards",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_membership_cards_fee_id",
                table: "membership_cards",
                column: "fee_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_membership_cards_membership_id",
                table: "membership_cards",
                column: "membership_id");

            migrationBuilder.CreateIndex(
                name: "ix_membership_cards_outbox_message_id",
                table: "membership_cards",
                column: "outbox_message_id");

            migrationBuilder.CreateIndex(
                name: "ix_membership_cards_print_batch_document_id",
                table: "membership_cards",
                column: "print_batch_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_membership_fees_contact_id",
                table: "membership_fees",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_membership_fees_membership_id",
                table: "membership_fees",
                column: "membership_id");

            migrationBuilder.CreateIndex(
                name: "ix_membership_fees_payment_id",
                table: "membership_fees",
                column: "payment_id");

            migrationBuilder.CreateIndex(
                name: "ix_membership_reminders_campaign_id",
                table: "membership_reminders",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_membership_reminders_contact_id",
                table: "membership_reminders",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_membership_reminders_membership_id_ends_on_offset_days",
                table: "membership_reminders",
                columns: new[] { "membership_id", "ends_on", "offset_days" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_membership_types_name",
                table: "membership_types",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_memberships_contact_id_ends_on",
                table: "memberships",
                columns: new[] { "contact_id", "ends_on" });

            migrationBuilder.CreateIndex(
                name: "ix_memberships_contact_id_type_id",
                table: "memberships",
                columns: new[] { "contact_id", "type_id" },
                unique: true,
                filter: "status <> 'Cancelled'");

            migrationBuilder.CreateIndex(
                name: "ix_memberships_ends_on",
                table: "memberships",
                column: "ends_on",
                filter: "status IN ('New', 'Current', 'Grace')");

            migrationBuilder.CreateIndex(
                name: "ix_memberships_status",
                table: "memberships",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_memberships_type_id",
                table: "memberships",
                column: "type_id");

            migrationBuilder.Sql(MembershipsSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(MembershipsSql.Down);

            migrationBuilder.DropTable(
                name: "event_fees");

            migrationBuilder.DropTable(
                name: "membership_cards");

            migrationBuilder.DropTable(
                name: "membership_reminders");

            migrationBuilder.DropTable(
                name: "event_participations");

            migrationBuilder.DropTable(
                name: "membership_fees");

            migrationBuilder.DropTable(
                name: "events");

            migrationBuilder.DropTable(
                name: "memberships");

            migrationBuilder.DropTable(
                name: "membership_types");

            migrationBuilder.DropSequence(
                name: "event_fees_hilo");

            migrationBuilder.DropSequence(
                name: "event_participations_hilo");

            migrationBuilder.DropSequence(
                name: "events_hilo");

            migrationBuilder.DropSequence(
                name: "membership_cards_hilo");

            migrationBuilder.DropSequence(
                name: "membership_fees_hilo");

            migrationBuilder.DropSequence(
                name: "membership_reminders_hilo");

            migrationBuilder.DropSequence(
                name: "membership_types_hilo");

            migrationBuilder.DropSequence(
                name: "memberships_hilo");
        }
    }
}
