using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmBlazor.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class People : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "legacies_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "petition_signatures_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "petitions_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "relationship_types_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "relationships_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "sponsorships_hilo",
                incrementBy: 10);

            migrationBuilder.CreateTable(
                name: "legacies",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    information_sent_on = table.Column<DateOnly>(type: "date", nullable: true),
                    information_document_id = table.Column<long>(type: "bigint", nullable: true),
                    pledged_on = table.Column<DateOnly>(type: "date", nullable: true),
                    confirmed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    undo_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legacies", x => x.id);
                    table.CheckConstraint("ck_legacies_confirmed_after_pledge", "confirmed_on IS NULL OR (pledged_on IS NOT NULL AND confirmed_on >= pledged_on)");
                    table.CheckConstraint("ck_legacies_document_with_information", "information_document_id IS NULL OR information_sent_on IS NOT NULL");
                    table.CheckConstraint("ck_legacies_pledge_after_information", "pledged_on IS NULL OR information_sent_on IS NULL OR pledged_on >= information_sent_on");
                    table.ForeignKey(
                        name: "fk_legacies_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_legacies_documents_information_document_id",
                        column: x => x.information_document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "petitions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    campaign_id = table.Column<long>(type: "bigint", nullable: true),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_petitions", x => x.id);
                    table.CheckConstraint("ck_petitions_dates", "ends_on IS NULL OR ends_on >= starts_on");
                    table.ForeignKey(
                        name: "fk_petitions_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "relationship_types",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    label_from_a = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    label_from_b = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_relationship_types", x => x.id);
                    table.CheckConstraint("ck_relationship_types_code_upper", "code = upper(btrim(code)) AND code <> ''");
                });

            migrationBuilder.CreateTable(
                name: "sponsorships",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    label = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    monthly_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sponsorships", x => x.id);
                    table.CheckConstraint("ck_sponsorships_amount", "monthly_amount > 0");
                    table.CheckConstraint("ck_sponsorships_dates", "ends_on IS NULL OR ends_on >= starts_on");
                    table.CheckConstraint("ck_sponsorships_ended_has_end", "status <> 'Ended' OR ends_on IS NOT NULL");
                    table.CheckConstraint("ck_sponsorships_reason", "(status = 'Active') = (status_reason IS NULL)");
                    table.ForeignKey(
                        name: "fk_sponsorships_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "petition_signatures",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    petition_id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    signed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    campaign_id = table.Column<long>(type: "bigint", nullable: true),
                    source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_petition_signatures", x => x.id);
                    table.ForeignKey(
                        name: "fk_petition_signatures_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_petition_signatures_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_petition_signatures_petitions_petition_id",
                        column: x => x.petition_id,
                        principalTable: "petitions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "relationships",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    type_id = table.Column<long>(type: "bigint", nullable: false),
                    contact_a_id = table.Column<long>(type: "bigint", nullable: false),
                    contact_b_id = table.Column<long>(type: "bigint", nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: true),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_relationships", x => x.id);
                    table.CheckConstraint("ck_relationships_dates", "ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on");
                    table.CheckConstraint("ck_relationships_not_self", "contact_a_id <> contact_b_id");
                    table.ForeignKey(
                        name: "fk_relationships_contacts_contact_a_id",
                        column: x => x.contact_a_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_relationships_contacts_contact_b_id",
                        column: x => x.contact_b_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_relationships_relationship_types_type_id",
                        column: x => x.type_id,
                        principalTable: "relationship_types",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_legacies_confirmed_on",
                table: "legacies",
                column: "confirmed_on",
                filter: "confirmed_on IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_legacies_contact_id",
                table: "legacies",
                column: "contact_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_legacies_information_document_id",
                table: "legacies",
                column: "information_document_id",
                filter: "information_document_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_legacies_information_sent_on",
                table: "legacies",
                column: "information_sent_on",
                filter: "information_sent_on IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_legacies_pledged_on",
                table: "legacies",
                column: "pledged_on",
                filter: "pledged_on IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_petition_signatures_campaign_id",
                table: "petition_signatures",
                column: "campaign_id",
                filter: "campaign_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_petition_signatures_contact_id_signed_on",
                table: "petition_signatures",
                columns: new[] { "contact_id", "signed_on" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_petition_signatures_petition_id_contact_id",
                table: "petition_signatures",
                columns: new[] { "petition_id", "contact_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_petitions_campaign_id",
                table: "petitions",
                column: "campaign_id",
                filter: "campaign_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_petitions_name",
                table: "petitions",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_relationship_types_code",
                table: "relationship_types",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_relationships_contact_a_id",
                table: "relationships",
                column: "contact_a_id");

            migrationBuilder.CreateIndex(
                name: "ix_relationships_contact_b_id",
                table: "relationships",
                column: "contact_b_id");

            migrationBuilder.CreateIndex(
                name: "ix_relationships_type_id",
                table: "relationships",
                column: "type_id");

            migrationBuilder.CreateIndex(
                name: "ix_sponsorships_contact_id_starts_on",
                table: "sponsorships",
                columns: new[] { "contact_id", "starts_on" },
                descending: new[] { false, true });

            migrationBuilder.Sql(PeopleSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PeopleSql.Down);

            migrationBuilder.DropTable(
                name: "legacies");

            migrationBuilder.DropTable(
                name: "petition_signatures");

            migrationBuilder.DropTable(
                name: "relationships");

            migrationBuilder.DropTable(
                name: "sponsorships");

            migrationBuilder.DropTable(
                name: "petitions");

            migrationBuilder.DropTable(
                name: "relationship_types");

            migrationBuilder.DropSequence(
                name: "legacies_hilo");

            migrationBuilder.DropSequence(
                name: "petition_signatures_hilo");

            migrationBuilder.DropSequence(
                name: "petitions_hilo");

            migrationBuilder.DropSequence(
                name: "relationship_types_hilo");

            migrationBuilder.DropSequence(
                name: "relationships_hilo");

            migrationBuilder.DropSequence(
                name: "sponsorships_hilo");
        }
    }
}
