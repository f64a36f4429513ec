using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmBlazor.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class SchedulingLean : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_instalments_contacts_contact_id",
                table: "instalments");

            migrationBuilder.DropIndex(
                name: "ix_instalments_contact_id_due_on",
                table: "instalments");

            migrationBuilder.DropIndex(
                name: "ix_instalments_end_to_end_id",
                table: "instalments");

            migrationBuilder.DropIndex(
                name: "ix_instalments_pending",
                table: "instalments");

            migrationBuilder.DropIndex(
                name: "ix_instalments_scheduling_run_id",
                table: "instalments");

            migrationBuilder.AlterColumn<byte[]>(
                name: "bytes",
                table: "document_contents",
                type: "bytea",
                nullable: false,
                oldClrType: typeof(byte[]),
                oldType: "bytea")
                .Annotation("Npgsql:Compression:", "lz4");

            migrationBuilder.CreateIndex(
                name: "ix_instalments_scheduling_run_id",
                table: "instalments",
                column: "scheduling_run_id",
                filter: "sepa_file_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_instalments_sepa_pending",
                table: "instalments",
                column: "collect_on",
                filter: "status = 'Pending' AND sepa_file_id IS NOT NULL");

            migrationBuilder.AddCheckConstraint(
                name: "ck_instalments_end_to_end",
                table: "instalments",
                sql: "end_to_end_id IS NULL OR end_to_end_id = 'CRMB-' || donation_id");
            // The run moves 100,000 gifts' next due dates: the guard is called only when a guarded column changes.
            migrationBuilder.Sql("""
                DROP TRIGGER recurring_gifts_no_rewrite ON recurring_gifts;
                CREATE TRIGGER recurring_gifts_no_rewrite BEFORE UPDATE ON recurring_gifts FOR EACH ROW
                    WHEN ((NEW.contact_id, NEW.channel, NEW.amount, NEW.periodicity, NEW.anchor_day, NEW.mandate_id, NEW.starts_on)
                              IS DISTINCT FROM (OLD.contact_id, OLD.channel, OLD.amount, OLD.periodicity, OLD.anchor_day, OLD.mandate_id, OLD.starts_on)
                          OR (OLD.status IN ('Cancelled', 'Ended') AND NEW.status <> OLD.status))
                    EXECUTE FUNCTION refuse_recurring_gift_rewrite();
                CREATE TRIGGER recurring_gifts_no_delete BEFORE DELETE ON recurring_gifts
                    FOR EACH ROW EXECUTE FUNCTION refuse_recurring_gift_rewrite();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER recurring_gifts_no_delete ON recurring_gifts;
                DROP TRIGGER recurring_gifts_no_rewrite ON recurring_gifts;
                CREATE TRIGGER recurring_gifts_no_rewrite BEFORE UPDATE OR DELETE ON recurring_gifts
                    FOR EACH ROW EXECUTE FUNCTION refuse_recurring_gift_rewrite();
                """);

            migrationBuilder.DropIndex(
                name: "ix_instalments_scheduling_run_id",
                table: "instalments");

            migrationBuilder.DropIndex(
                name: "ix_instalments_sepa_pending",
                table: "instalments");

            migrationBuilder.DropCheckConstraint(
                name: "ck_instalments_end_to_end",
                table: "instalments");

            migrationBuilder.AlterColumn<byte[]>(
                name: "bytes",
                table: "document_contents",
                type: "bytea",
                nullable: false,
                oldClrType: typeof(byte[]),
                oldType: "bytea")
                .OldAnnotation("Npgsql:Compression:", "lz4");

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
                name: "ix_instalments_scheduling_run_id",
                table: "instalments",
                column: "scheduling_run_id");

            migrationBuilder.AddForeignKey(
                name: "fk_instalments_contacts_contact_id",
                table: "instalments",
                column: "contact_id",
                principalTable: "contacts",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
