using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmBlazor.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Segments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "contact_groups_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "custom_fields_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "field_profiles_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "segments_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "tags_hilo",
                incrementBy: 10);

            migrationBuilder.CreateTable(
                name: "contact_groups",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_groups", x => x.id);
                    table.CheckConstraint("ck_contact_groups_name", "btrim(name) <> ''");
                });

            migrationBuilder.CreateTable(
                name: "custom_fields",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    target = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    options = table.Column<List<string>>(type: "text[]", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_custom_fields", x => x.id);
                    table.UniqueConstraint("ak_custom_fields_id_kind", x => new { x.id, x.kind });
                    table.CheckConstraint("ck_custom_fields_label", "btrim(label) <> ''");
                    table.CheckConstraint("ck_custom_fields_options", "(kind IN ('Choice', 'MultiChoice')) = (cardinality(options) > 0)");
                });

            migrationBuilder.CreateTable(
                name: "field_profiles",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    columns = table.Column<List<string>>(type: "text[]", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_field_profiles", x => x.id);
                    table.CheckConstraint("ck_field_profiles_columns", "cardinality(columns) > 0");
                });

            migrationBuilder.CreateTable(
                name: "segments",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    criteria = table.Column<string>(type: "jsonb", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_segments", x => x.id);
                    table.CheckConstraint("ck_segments_criteria_versioned", "jsonb_typeof(criteria -> 'version') = 'number' AND jsonb_typeof(criteria -> 'root') = 'object'");
                    table.CheckConstraint("ck_segments_name", "btrim(name) <> ''");
                });

            migrationBuilder.CreateTable(
                name: "tags",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tags", x => x.id);
                    table.CheckConstraint("ck_tags_code_upper", "code = upper(btrim(code)) AND code <> ''");
                });

            migrationBuilder.CreateTable(
                name: "group_members",
                columns: table => new
                {
                    group_id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    since = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_group_members", x => new { x.group_id, x.contact_id });
                    table.ForeignKey(
                        name: "fk_group_members_contact_groups_group_id",
                        column: x => x.group_id,
                        principalTable: "contact_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_group_members_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contact_field_values",
                columns: table => new
                {
                    field_id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    text_value = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    number_value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    date_value = table.Column<DateOnly>(type: "date", nullable: true),
                    bool_value = table.Column<bool>(type: "boolean", nullable: true),
                    choices = table.Column<List<string>>(type: "text[]", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_field_values", x => new { x.contact_id, x.field_id });
                    table.CheckConstraint("ck_contact_field_values_one_value", "CASE kind WHEN 'Text' THEN text_value IS NOT NULL AND num_nonnulls(number_value, date_value, bool_value, choices) = 0 WHEN 'Choice' THEN text_value IS NOT NULL AND num_nonnulls(number_value, date_value, bool_value, choices) = 0 WHEN 'Phone' THEN text_value IS NOT NULL AND num_nonnulls(number_value, date_value, bool_value, choices) = 0 WHEN 'Number' THEN number_value IS NOT NULL AND num_nonnulls(text_value, date_value, bool_value, choices) = 0 WHEN 'Date' THEN date_value IS NOT NULL AND num_nonnulls(text_value, number_value, bool_value, choices) = 0 WHEN 'YesNo' THEN bool_value IS NOT NULL AND num_nonnulls(text_value, number_value, date_value, choices) = 0 WHEN 'MultiChoice' THEN cardinality(choices) > 0 AND num_nonnulls(text_value, number_value, date_value, bool_value) = 0 ELSE false END");
                    table.ForeignKey(
                        name: "fk_contact_field_values_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_contact_field_values_custom_fields_field_id_kind",
                        columns: x => new { x.field_id, x.kind },
                        principalTable: "custom_fields",
                        principalColumns: new[] { "id", "kind" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "group_field_values",
                columns: table => new
                {
                    field_id = table.Column<long>(type: "bigint", nullable: false),
                    group_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    text_value = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    number_value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    date_value = table.Column<DateOnly>(type: "date", nullable: true),
                    bool_value = table.Column<bool>(type: "boolean", nullable: true),
                    choices = table.Column<List<string>>(type: "text[]", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_group_field_values", x => new { x.group_id, x.field_id });
                    table.CheckConstraint("ck_group_field_values_one_value", "CASE kind WHEN 'Text' THEN text_value IS NOT NULL AND num_nonnulls(number_value, date_value, bool_value, choices) = 0 WHEN 'Choice' THEN text_value IS NOT NULL AND num_nonnulls(number_value, date_value, bool_value, choices) = 0 WHEN 'Phone' THEN text_value IS NOT NULL AND num_nonnulls(number_value, date_value, bool_value, choices) = 0 WHEN 'Number' THEN number_value IS NOT NULL AND num_nonnulls(text_value, date_value, bool_value, choices) = 0 WHEN 'Date' THEN date_value IS NOT NULL AND num_nonnulls(text_value, number_value, bool_value, choices) = 0 WHEN 'YesNo' THEN bool_value IS NOT NULL AND num_nonnulls(text_value, number_value, date_value, choices) = 0 WHEN 'MultiChoice' THEN cardinality(choices) > 0 AND num_nonnulls(text_value, number_value, date_value, bool_value) = 0 ELSE false END");
                    table.ForeignKey(
                        name: "fk_group_field_values_contact_groups_group_id",
                        column: x => x.group_id,
                        principalTable: "contact_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_group_field_values_custom_fields_field_id_kind",
                        columns: x => new { x.field_id, x.kind },
                        principalTable: "custom_fields",
                        principalColumns: new[] { "id", "kind" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contact_tags",
                columns: table => new
                {
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    tag_id = table.Column<long>(type: "bigint", nullable: false),
                    since = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_tags", x => new { x.contact_id, x.tag_id });
                    table.ForeignKey(
                        name: "fk_contact_tags_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_contact_tags_tags_tag_id",
                        column: x => x.tag_id,
                        principalTable: "tags",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_contact_field_values_bool",
                table: "contact_field_values",
                columns: new[] { "field_id", "bool_value" },
                filter: "bool_value IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_contact_field_values_choices",
                table: "contact_field_values",
                column: "choices",
                filter: "choices IS NOT NULL")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_contact_field_values_date",
                table: "contact_field_values",
                columns: new[] { "field_id", "date_value" },
                filter: "date_value IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_contact_field_values_field_id_kind",
                table: "contact_field_values",
                columns: new[] { "field_id", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_contact_field_values_number",
                table: "contact_field_values",
                columns: new[] { "field_id", "number_value" },
                filter: "number_value IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_contact_field_values_text",
                table: "contact_field_values",
                columns: new[] { "field_id", "text_value" });

            migrationBuilder.CreateIndex(
                name: "ix_contact_groups_name",
                table: "contact_groups",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contact_tags_tag_id_contact_id",
                table: "contact_tags",
                columns: new[] { "tag_id", "contact_id" });

            migrationBuilder.CreateIndex(
                name: "ix_custom_fields_target_label",
                table: "custom_fields",
                columns: new[] { "target", "label" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_field_profiles_name",
                table: "field_profiles",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_group_field_values_field_id_group_id",
                table: "group_field_values",
                columns: new[] { "field_id", "group_id" });

            migrationBuilder.CreateIndex(
                name: "ix_group_field_values_field_id_kind",
                table: "group_field_values",
                columns: new[] { "field_id", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_group_members_contact_id",
                table: "group_members",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_segments_name",
                table: "segments",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tags_code",
                table: "tags",
                column: "code",
                unique: true);

            migrationBuilder.Sql(SegmentsSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SegmentsSql.Down);

            migrationBuilder.DropTable(
                name: "contact_field_values");

            migrationBuilder.DropTable(
                name: "contact_tags");

            migrationBuilder.DropTable(
                name: "field_profiles");

            migrationBuilder.DropTable(
                name: "group_field_values");

            migrationBuilder.DropTable(
                name: "group_members");

            migrationBuilder.DropTable(
                name: "segments");

            migrationBuilder.DropTable(
                name: "tags");

            migrationBuilder.DropTable(
                name: "custom_fields");

            migrationBuilder.DropTable(
                name: "contact_groups");

            migrationBuilder.DropSequence(
                name: "contact_groups_hilo");

            migrationBuilder.DropSequence(
                name: "custom_fields_hilo");

            migrationBuilder.DropSequence(
                name: "field_profiles_hilo");

            migrationBuilder.DropSequence(
                name: "segments_hilo");

            migrationBuilder.DropSequence(
                name: "tags_hilo");
        }
    }
}
