using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmBlazor.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class RecurringTuning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_recurring_gifts_due_active",
                table: "recurring_gifts");

            migrationBuilder.AlterTable(
                name: "recurring_gifts")
                .Annotation("Npgsql:StorageParameter:fillfactor", 85);

            // A donation with no payment (an instalment) has no balance to check: its commit-time check is not even queued.
            migrationBuilder.Sql("""
                DROP TRIGGER donations_balanced ON donations;
                CREATE CONSTRAINT TRIGGER donations_balanced AFTER UPDATE OR DELETE ON donations
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_payment_balanced();
                CREATE CONSTRAINT TRIGGER donations_balanced_on_insert AFTER INSERT ON donations
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.payment_id IS NOT NULL) EXECUTE FUNCTION check_payment_balanced();
                DROP TRIGGER donations_recurring_instalment ON donations;
                CREATE CONSTRAINT TRIGGER donations_recurring_instalment AFTER INSERT ON donations
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.origin = 'Recurring') EXECUTE FUNCTION check_recurring_donation();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER donations_balanced_on_insert ON donations;
                DROP TRIGGER donations_balanced ON donations;
                CREATE CONSTRAINT TRIGGER donations_balanced AFTER INSERT OR UPDATE OR DELETE ON donations
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_payment_balanced();
                DROP TRIGGER donations_recurring_instalment ON donations;
                CREATE CONSTRAINT TRIGGER donations_recurring_instalment AFTER INSERT ON donations
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_recurring_donation();
                """);

            migrationBuilder.AlterTable(
                name: "recurring_gifts")
                .OldAnnotation("Npgsql:StorageParameter:fillfactor", 85);

            migrationBuilder.CreateIndex(
                name: "ix_recurring_gifts_due_active",
                table: "recurring_gifts",
                column: "next_due_on",
                filter: "status = 'Active'");
        }
    }
}
