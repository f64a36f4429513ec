using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmBlazor.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class RecurringPartialIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_instalments_sepa_file_id",
                table: "instalments");

            migrationBuilder.DropIndex(
                name: "ix_donations_payment_id",
                table: "donations");

            migrationBuilder.CreateIndex(
                name: "ix_instalments_sepa_file_id",
                table: "instalments",
                column: "sepa_file_id",
                filter: "sepa_file_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_donations_payment_id",
                table: "donations",
                column: "payment_id",
                filter: "payment_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_instalments_sepa_file_id",
                table: "instalments");

            migrationBuilder.DropIndex(
                name: "ix_donations_payment_id",
                table: "donations");

            migrationBuilder.CreateIndex(
                name: "ix_instalments_sepa_file_id",
                table: "instalments",
                column: "sepa_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_donations_payment_id",
                table: "donations",
                column: "payment_id");
        }
    }
}
