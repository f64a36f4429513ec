using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmBlazor.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class EmailChannel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "email_events_hilo",
                incrementBy: 10);

            migrationBuilder.AddColumn<bool>(
                name: "attachment_is_original",
                table: "outbox_messages",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "next_attempt_at",
                table: "outbox_messages",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateOnly>(
                name: "email_appeals_stopped_on",
                table: "contacts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "temporary_bounces",
                table: "contact_emails",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "email_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    address = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    campaign_id = table.Column<long>(type: "bigint", nullable: true),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    bounce = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_email_events", x => x.id);
                    table.CheckConstraint("ck_email_events_bounce_classified", "(kind = 'Bounce') = (bounce IS NOT NULL)");
                    table.CheckConstraint("ck_email_events_lower_case", "address = lower(btrim(address))");
                    table.ForeignKey(
                        name: "fk_email_events_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_email_events_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "smtp_settings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    host = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    port = table.Column<int>(type: "integer", nullable: false),
                    tls_mode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    account = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    protected_password = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    sender_address = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    sender_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_smtp_settings", x => x.id);
                    table.CheckConstraint("ck_smtp_settings_password_needs_account", "protected_password IS NULL OR account IS NOT NULL");
                    table.CheckConstraint("ck_smtp_settings_port", "port BETWEEN 1 AND 65535");
                    table.CheckConstraint("ck_smtp_settings_single_row", "id = 1");
                });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_due",
                table: "outbox_messages",
                column: "next_attempt_at",
                filter: "status = 'Queued'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_outbox_messages_failed_explained",
                table: "outbox_messages",
                sql: "status <> 'Failed' OR last_error IS NOT NULL");

            migrationBuilder.AddCheckConstraint(
                name: "ck_outbox_messages_sent_dated",
                table: "outbox_messages",
                sql: "(status = 'Sent') = (sent_at IS NOT NULL)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_contact_emails_temporary_bounces",
                table: "contact_emails",
                sql: "temporary_bounces >= 0");

            migrationBuilder.CreateIndex(
                name: "ix_email_events_campaign_id",
                table: "email_events",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_email_events_contact_id_occurred_at",
                table: "email_events",
                columns: new[] { "contact_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ux_email_events_once",
                table: "email_events",
                columns: new[] { "contact_id", "address", "kind", "occurred_at", "campaign_id" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.Sql(EmailChannelSql.Backfill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {


            migrationBuilder.DropTable(
                name: "email_events");

            migrationBuilder.DropTable(
                name: "smtp_settings");

            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_due",
                table: "outbox_messages");

            migrationBuilder.DropCheckConstraint(
                name: "ck_outbox_messages_failed_explained",
                table: "outbox_messages");

            migrationBuilder.DropCheckConstraint(
                name: "ck_outbox_messages_sent_dated",
                table: "outbox_messages");

            migrationBuilder.DropCheckConstraint(
                name: "ck_contact_emails_temporary_bounces",
                table: "contact_emails");

            migrationBuilder.DropColumn(
                name: "attachment_is_original",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "next_attempt_at",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "email_appeals_stopped_on",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "temporary_bounces",
                table: "contact_emails");

            migrationBuilder.DropSequence(
                name: "email_events_hilo");
        }
    }
}
