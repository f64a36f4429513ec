using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CrmBlazor.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class RecurringReconciliation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bank_statement_lines",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    import_id = table.Column<long>(type: "bigint", nullable: false),
                    line_number = table.Column<int>(type: "integer", nullable: false),
                    booked_on = table.Column<DateOnly>(type: "date", nullable: false),
                    label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    settlement_id = table.Column<long>(type: "bigint", nullable: true),
                    matched_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bank_statement_lines", x => x.id);
                    table.CheckConstraint("ck_bank_statement_lines_amount", "amount <> 0");
                    table.CheckConstraint("ck_bank_statement_lines_matched", "(settlement_id IS NULL) = (matched_on IS NULL) AND (settlement_id IS NULL OR amount > 0)");
                    table.ForeignKey(
                        name: "fk_bank_statement_lines_provider_imports_import_id",
                        column: x => x.import_id,
                        principalTable: "provider_imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "provider_settlements",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    settled_on = table.Column<DateOnly>(type: "date", nullable: false),
                    gross = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    fee = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    net = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    import_id = table.Column<long>(type: "bigint", nullable: true),
                    sepa_file_id = table.Column<long>(type: "bigint", nullable: true),
                    collect_on = table.Column<DateOnly>(type: "date", nullable: true),
                    bank_line_id = table.Column<long>(type: "bigint", nullable: true),
                    matched_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_provider_settlements", x => x.id);
                    table.CheckConstraint("ck_provider_settlements_matched", "(bank_line_id IS NULL) = (matched_on IS NULL)");
                    table.CheckConstraint("ck_provider_settlements_net", "net = gross - fee");
                    table.CheckConstraint("ck_provider_settlements_source", "(channel = 'DirectDebit' AND sepa_file_id IS NOT NULL AND collect_on IS NOT NULL AND import_id IS NULL) OR (channel <> 'DirectDebit' AND import_id IS NOT NULL AND sepa_file_id IS NULL AND collect_on IS NULL)");
                    table.ForeignKey(
                        name: "fk_provider_settlements_bank_statement_lines_bank_line_id",
                        column: x => x.bank_line_id,
                        principalTable: "bank_statement_lines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_provider_settlements_documents_sepa_file_id",
                        column: x => x.sepa_file_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_provider_settlements_provider_imports_import_id",
                        column: x => x.import_id,
                        principalTable: "provider_imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "provider_settlement_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    settlement_id = table.Column<long>(type: "bigint", nullable: false),
                    transaction_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    gross = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    fee = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_provider_settlement_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_provider_settlement_items_provider_settlements_settlement_id",
                        column: x => x.settlement_id,
                        principalTable: "provider_settlements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_bank_statement_lines_import_id_line_number",
                table: "bank_statement_lines",
                columns: new[] { "import_id", "line_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bank_statement_lines_settlement_id",
                table: "bank_statement_lines",
                column: "settlement_id",
                unique: true,
                filter: "settlement_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_bank_statement_lines_unmatched_credits",
                table: "bank_statement_lines",
                column: "booked_on",
                filter: "settlement_id IS NULL AND amount > 0");

            migrationBuilder.CreateIndex(
                name: "ix_provider_settlement_items_settlement_id_transaction_id",
                table: "provider_settlement_items",
                columns: new[] { "settlement_id", "transaction_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_provider_settlement_items_transaction_id",
                table: "provider_settlement_items",
                column: "transaction_id");

            migrationBuilder.CreateIndex(
                name: "ix_provider_settlements_bank_line_id",
                table: "provider_settlements",
                column: "bank_line_id",
                unique: true,
                filter: "bank_line_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_provider_settlements_channel_reference",
                table: "provider_settlements",
                columns: new[] { "channel", "reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_provider_settlements_import_id",
                table: "provider_settlements",
                column: "import_id");

            migrationBuilder.CreateIndex(
                name: "ix_provider_settlements_sepa_file_id_collect_on",
                table: "provider_settlements",
                columns: new[] { "sepa_file_id", "collect_on" },
                unique: true,
                filter: "sepa_file_id IS NOT NULL");

            migrationBuilder.Sql(ReconciliationSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ReconciliationSql.Down);

            migrationBuilder.DropTable(
                name: "provider_settlement_items");

            migrationBuilder.DropTable(
                name: "provider_settlements");

            migrationBuilder.DropTable(
                name: "bank_statement_lines");
        }
    }
}
