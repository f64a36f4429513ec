using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CrmBlazor.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Recurring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "recurring_gifts_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "sepa_mandates_hilo",
                incrementBy: 10);

            migrationBuilder.AddColumn<string>(
                name: "sepa_creditor_id",
                table: "organisation_profiles",
                type: "character varying(35)",
                maxLength: 35,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "provider_imports",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    imported_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    lines = table.Column<int>(type: "integer", nullable: false),
                    applied = table.Column<int>(type: "integer", nullable: false),
                    unchanged = table.Column<int>(type: "integer", nullable: false),
                    rejected = table.Column<int>(type: "integer", nullable: false),
                    problems = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_provider_imports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "scheduling_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    started_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    instalments = table.Column<int>(type: "integer", nullable: false),
                    total = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    sepa_transactions = table.Column<int>(type: "integer", nullable: false),
                    suspended = table.Column<int>(type: "integer", nullable: false),
                    summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_scheduling_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sepa_mandates",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    rum = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    signed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    iban = table.Column<string>(type: "character varying(34)", maxLength: 34, nullable: false),
                    bic = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    debtor_name = table.Column<string>(type: "character varying(70)", maxLength: 70, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    status_changed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    last_collection_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sepa_mandates", x => x.id);
                    table.CheckConstraint("ck_sepa_mandates_iban", "iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'");
                    table.CheckConstraint("ck_sepa_mandates_reason", "status = 'Active' OR (status_reason IS NOT NULL AND status_changed_on IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_sepa_mandates_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "recurring_gifts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    periodicity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    campaign_id = table.Column<long>(type: "bigint", nullable: false),
                    anchor_day = table.Column<int>(type: "integer", nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    next_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    provider_reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    card_expires_on = table.Column<DateOnly>(type: "date", nullable: true),
                    mandate_id = table.Column<long>(type: "bigint", nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    status_changed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    replaces_id = table.Column<long>(type: "bigint", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recurring_gifts", x => x.id);
                    table.CheckConstraint("ck_recurring_gifts_amount", "amount > 0");
                    table.CheckConstraint("ck_recurring_gifts_anchor", "anchor_day BETWEEN 1 AND 31");
                    table.CheckConstraint("ck_recurring_gifts_card_expiry", "channel = 'Card' OR card_expires_on IS NULL");
                    table.CheckConstraint("ck_recurring_gifts_mandate", "(channel = 'DirectDebit') = (mandate_id IS NOT NULL)");
                    table.CheckConstraint("ck_recurring_gifts_next_due", "next_due_on >= starts_on");
                    table.CheckConstraint("ck_recurring_gifts_reason", "status = 'Active' OR (status_reason IS NOT NULL AND status_changed_on IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_recurring_gifts_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_recurring_gifts_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_recurring_gifts_recurring_gifts_replaces_id",
                        column: x => x.replaces_id,
                        principalTable: "recurring_gifts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_recurring_gifts_sepa_mandates_mandate_id",
                        column: x => x.mandate_id,
                        principalTable: "sepa_mandates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "instalments",
                columns: table => new
                {
                    donation_id = table.Column<long>(type: "bigint", nullable: false),
                    recurring_gift_id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    collect_on = table.Column<DateOnly>(type: "date", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    sequence = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    end_to_end_id = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    sepa_file_id = table.Column<long>(type: "bigint", nullable: true),
                    scheduling_run_id = table.Column<long>(type: "bigint", nullable: true),
                    provider_transaction_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    collected_on = table.Column<DateOnly>(type: "date", nullable: true),
                    failure_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    failure_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    failed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    resolution = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    resolved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    follow_up_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    reconciled_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_instalments", x => x.donation_id);
                    table.CheckConstraint("ck_instalments_amount", "amount > 0");
                    table.CheckConstraint("ck_instalments_collected", "status <> 'Collected' OR collected_on IS NOT NULL");
                    table.CheckConstraint("ck_instalments_resolution", "resolution IS NULL OR (status = 'Unpaid' AND resolved_on IS NOT NULL)");
                    table.CheckConstraint("ck_instalments_sepa", "(channel = 'DirectDebit' OR sequence IS NULL) AND (channel <> 'DirectDebit' OR scheduling_run_id IS NULL OR (sequence IS NOT NULL AND end_to_end_id IS NOT NULL))");
                    table.CheckConstraint("ck_instalments_unpaid", "status <> 'Unpaid' OR (failure_reason IS NOT NULL AND failed_on IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_instalments_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_instalments_documents_sepa_file_id",
                        column: x => x.sepa_file_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_instalments_donations_donation_id",
                        column: x => x.donation_id,
                        principalTable: "donations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_instalments_recurring_gifts_recurring_gift_id",
                        column: x => x.recurring_gift_id,
                        principalTable: "recurring_gifts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_instalments_scheduling_runs_scheduling_run_id",
                        column: x => x.scheduling_run_id,
                        principalTable: "scheduling_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "provider_transactions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    transaction_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    instalment_id = table.Column<long>(type: "bigint", nullable: false),
                    import_id = table.Column<long>(type: "bigint", nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    reason_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    settlement_reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_provider_transactions", x => x.id);
                    table.CheckConstraint("ck_provider_transactions_amount", "amount >= 0");
                    table.ForeignKey(
                        name: "fk_provider_transactions_instalments_instalment_id",
                        column: x => x.instalment_id,
                        principalTable: "instalments",
                        principalColumn: "donation_id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_provider_transactions_provider_imports_import_id",
                        column: x => x.import_id,
                        principalTable: "provider_imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_instalments_awaiting_decision",
                table: "instalments",
                column: "failed_on",
                filter: "status = 'Unpaid' AND resolution IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_instalments_contact_id_due_on",
                table: "instalments",
                columns: new[] { "contact_id", "due_on" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_instalments_end_to_end_id",
                table: "instalments",
                column: "end_to_end_id",
                unique: true,
                filter: "end_to_end_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_instalments_pending",
                table: "instalments",
                columns: new[] { "channel", "collect_on" },
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_instalments_recurring_gift_id_due_on",
                table: "instalments",
                columns: new[] { "recurring_gift_id", "due_on" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_instalments_scheduling_run_id",
                table: "instalments",
                column: "scheduling_run_id");

            migrationBuilder.CreateIndex(
                name: "ix_instalments_sepa_file_id",
                table: "instalments",
                column: "sepa_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_provider_imports_imported_at",
                table: "provider_imports",
                column: "imported_at",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_provider_imports_kind_sha256",
                table: "provider_imports",
                columns: new[] { "kind", "sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_provider_transactions_channel_transaction_id_outcome",
                table: "provider_transactions",
                columns: new[] { "channel", "transaction_id", "outcome" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_provider_transactions_import_id",
                table: "provider_transactions",
                column: "import_id");

            migrationBuilder.CreateIndex(
                name: "ix_provider_transactions_instalment_id",
                table: "provider_transactions",
                column: "instalment_id");

            migrationBuilder.CreateIndex(
                name: "ix_provider_transactions_settlement_reference",
                table: "provider_transactions",
                column: "settlement_reference",
                filter: "settlement_reference IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_recurring_gifts_campaign_id",
                table: "recurring_gifts",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_recurring_gifts_channel_provider_reference",
                table: "recurring_gifts",
                columns: new[] { "channel", "provider_reference" },
                unique: true,
                filter: "provider_reference IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_recurring_gifts_contact_id",
                table: "recurring_gifts",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_recurring_gifts_due_active",
                table: "recurring_gifts",
                column: "next_due_on",
                filter: "status = 'Active'");

            migrationBuilder.CreateIndex(
                name: "ix_recurring_gifts_mandate_id",
                table: "recurring_gifts",
                column: "mandate_id");

            migrationBuilder.CreateIndex(
                name: "ix_recurring_gifts_replaces_id",
                table: "recurring_gifts",
                column: "replaces_id",
                unique: true,
                filter: "replaces_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_scheduling_runs_started_at",
                table: "scheduling_runs",
                column: "started_at",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_sepa_mandates_contact_id",
                table: "sepa_mandates",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_sepa_mandates_rum",
                table: "sepa_mandates",
                column: "rum",
                unique: true);

            migrationBuilder.Sql(RecurringSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(RecurringSql.Down);

            migrationBuilder.DropTable(
                name: "provider_transactions");

            migrationBuilder.DropTable(
                name: "instalments");

            migrationBuilder.DropTable(
                name: "provider_imports");

            migrationBuilder.DropTable(
                name: "recurring_gifts");

            migrationBuilder.DropTable(
                name: "scheduling_runs");

            migrationBuilder.DropTable(
                name: "sepa_mandates");

            migrationBuilder.DropColumn(
                name: "sepa_creditor_id",
                table: "organisation_profiles");

            migrationBuilder.DropSequence(
                name: "recurring_gifts_hilo");

            migrationBuilder.DropSequence(
                name: "sepa_mandates_hilo");
        }
    }
}
