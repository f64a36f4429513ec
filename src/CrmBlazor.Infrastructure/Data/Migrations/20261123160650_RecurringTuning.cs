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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
