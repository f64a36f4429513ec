using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmBlazor.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class ContactRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,");

            // unaccent() is only STABLE; generated columns and indexes need an IMMUTABLE wrapper with its dictionary pinned.
            migrationBuilder.Sql(
                """
                CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
                """);

            migrationBuilder.CreateSequence(
                name: "campaign_receptions_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "campaigns_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "contact_addresses_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "contact_emails_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "contact_member_numbers",
                startValue: 100001L);

            migrationBuilder.CreateSequence(
                name: "contact_phones_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "contacts_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "marketing_codes_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "score_types_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "suspension_codes_hilo",
                incrementBy: 10);

            migrationBuilder.AddColumn<long>(
                name: "contact_id",
                table: "journal_entries",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "campaigns",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    cost = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    recipient_count = table.Column<int>(type: "integer", nullable: true),
                    is_generic = table.Column<bool>(type: "boolean", nullable: false),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaigns", x => x.id);
                    table.CheckConstraint("ck_campaigns_code_upper", "code = upper(btrim(code)) AND code <> ''");
                    table.CheckConstraint("ck_campaigns_cost", "cost IS NULL OR cost >= 0");
                    table.CheckConstraint("ck_campaigns_dates", "ends_on IS NULL OR ends_on >= starts_on");
                    table.CheckConstraint("ck_campaigns_generic_open", "NOT is_generic OR closed_on IS NULL");
                    table.CheckConstraint("ck_campaigns_recipients", "recipient_count IS NULL OR recipient_count >= 0");
                });

            migrationBuilder.CreateTable(
                name: "marketing_codes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketing_codes", x => x.id);
                    table.CheckConstraint("ck_marketing_codes_code_upper", "code = upper(btrim(code)) AND code <> ''");
                });

            migrationBuilder.CreateTable(
                name: "score_types",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_score_types", x => x.id);
                    table.CheckConstraint("ck_score_types_code_upper", "code = upper(btrim(code)) AND code <> ''");
                });

            migrationBuilder.CreateTable(
                name: "suspension_codes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suspension_codes", x => x.id);
                    table.CheckConstraint("ck_suspension_codes_code_upper", "code = upper(btrim(code)) AND code <> ''");
                });

            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    member_number = table.Column<long>(type: "bigint", nullable: false, defaultValueSql: "nextval('contact_member_numbers')"),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    civility = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: true),
                    deceased_on = table.Column<DateOnly>(type: "date", nullable: true),
                    organisation_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    siret = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    organisation_kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    entry_date = table.Column<DateOnly>(type: "date", nullable: false),
                    origin_campaign_id = table.Column<long>(type: "bigint", nullable: false),
                    suspension_code_id = table.Column<long>(type: "bigint", nullable: true),
                    suspended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    no_solicitation = table.Column<bool>(type: "boolean", nullable: false),
                    receipt_preference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    notepad = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    general_memo = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    alert_memo = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    legacy_memo = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    portal_message = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    search_name = table.Column<string>(type: "text", nullable: true, computedColumnSql: "f_unaccent(lower(COALESCE(organisation_name, COALESCE(last_name, '') || ' ' || COALESCE(first_name, ''))))", stored: true),
                    search_name_first_last = table.Column<string>(type: "text", nullable: true, computedColumnSql: "CASE WHEN kind = 'Person' THEN f_unaccent(lower(btrim(COALESCE(first_name, '') || ' ' || COALESCE(last_name, '')))) END", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contacts", x => x.id);
                    table.CheckConstraint("ck_contacts_deceased_after_birth", "deceased_on IS NULL OR birth_date IS NULL OR deceased_on >= birth_date");
                    table.CheckConstraint("ck_contacts_organisation_named", "kind <> 'Organisation' OR (organisation_name IS NOT NULL AND civility IS NULL AND first_name IS NULL AND last_name IS NULL AND birth_date IS NULL)");
                    table.CheckConstraint("ck_contacts_person_named", "kind <> 'Person' OR (last_name IS NOT NULL AND organisation_name IS NULL AND siret IS NULL AND organisation_kind IS NULL)");
                    table.CheckConstraint("ck_contacts_siret_digits", "siret IS NULL OR siret ~ '^[0-9]{14}$'");
                    table.CheckConstraint("ck_contacts_suspension_dated", "(suspension_code_id IS NULL) = (suspended_on IS NULL)");
                    table.ForeignKey(
                        name: "fk_contacts_campaigns_origin_campaign_id",
                        column: x => x.origin_campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_contacts_suspension_codes_suspension_code_id",
                        column: x => x.suspension_code_id,
                        principalTable: "suspension_codes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "campaign_receptions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    campaign_id = table.Column<long>(type: "bigint", nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaign_receptions", x => x.id);
                    table.ForeignKey(
                        name: "fk_campaign_receptions_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_campaign_receptions_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contact_addresses",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    is_main = table.Column<bool>(type: "boolean", nullable: false),
                    delivery = table.Column<string>(type: "character varying(38)", maxLength: 38, nullable: true),
                    building = table.Column<string>(type: "character varying(38)", maxLength: 38, nullable: true),
                    street = table.Column<string>(type: "character varying(38)", maxLength: 38, nullable: true),
                    locality = table.Column<string>(type: "character varying(38)", maxLength: 38, nullable: true),
                    postal_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    city = table.Column<string>(type: "character varying(38)", maxLength: 38, nullable: false),
                    country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: true),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_addresses", x => x.id);
                    table.CheckConstraint("ck_contact_addresses_country", "country ~ '^[A-Z]{2}$'");
                    table.CheckConstraint("ck_contact_addresses_validity", "valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from");
                    table.ForeignKey(
                        name: "fk_contact_addresses_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contact_emails",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    address = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    entered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    origin_campaign_id = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    unusable_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    unusable_since = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_emails", x => x.id);
                    table.CheckConstraint("ck_contact_emails_lower_case", "address = lower(btrim(address)) AND address LIKE '_%@_%'");
                    table.CheckConstraint("ck_contact_emails_unusable_explained", "(status = 'Unusable') = (unusable_reason IS NOT NULL AND unusable_since IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_contact_emails_campaigns_origin_campaign_id",
                        column: x => x.origin_campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_contact_emails_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contact_marketing_codes",
                columns: table => new
                {
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    marketing_code_id = table.Column<long>(type: "bigint", nullable: false),
                    since = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_marketing_codes", x => new { x.contact_id, x.marketing_code_id });
                    table.ForeignKey(
                        name: "fk_contact_marketing_codes_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_contact_marketing_codes_marketing_codes_marketing_code_id",
                        column: x => x.marketing_code_id,
                        principalTable: "marketing_codes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contact_phones",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    e164 = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    display = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    search_digits = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_phones", x => x.id);
                    table.CheckConstraint("ck_contact_phones_digits", "search_digits ~ '^[0-9]+$'");
                    table.CheckConstraint("ck_contact_phones_e164", "e164 ~ '^\\+[1-9][0-9]{5,14}$'");
                    table.ForeignKey(
                        name: "fk_contact_phones_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contact_scores",
                columns: table => new
                {
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    score_type_id = table.Column<long>(type: "bigint", nullable: false),
                    value = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    scored_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_scores", x => new { x.contact_id, x.score_type_id });
                    table.ForeignKey(
                        name: "fk_contact_scores_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_contact_scores_score_types_score_type_id",
                        column: x => x.score_type_id,
                        principalTable: "score_types",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_journal_entries_contact_id_occurred_at",
                table: "journal_entries",
                columns: new[] { "contact_id", "occurred_at" },
                descending: new[] { false, true },
                filter: "contact_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_campaign_receptions_campaign_id",
                table: "campaign_receptions",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_campaign_receptions_contact_id_campaign_id",
                table: "campaign_receptions",
                columns: new[] { "contact_id", "campaign_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_campaign_receptions_contact_id_received_on",
                table: "campaign_receptions",
                columns: new[] { "contact_id", "received_on" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_campaigns_code",
                table: "campaigns",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_campaigns_starts_on",
                table: "campaigns",
                column: "starts_on",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ux_campaigns_one_generic",
                table: "campaigns",
                column: "is_generic",
                unique: true,
                filter: "is_generic");

            migrationBuilder.CreateIndex(
                name: "ix_contact_addresses_contact_id",
                table: "contact_addresses",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_contact_addresses_main_postal_code",
                table: "contact_addresses",
                column: "postal_code",
                filter: "is_main")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ux_contact_addresses_one_main",
                table: "contact_addresses",
                column: "contact_id",
                unique: true,
                filter: "is_main");

            migrationBuilder.CreateIndex(
                name: "ix_contact_emails_address",
                table: "contact_emails",
                column: "address")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_contact_emails_contact_id_address",
                table: "contact_emails",
                columns: new[] { "contact_id", "address" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contact_emails_origin_campaign_id",
                table: "contact_emails",
                column: "origin_campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_contact_marketing_codes_marketing_code_id",
                table: "contact_marketing_codes",
                column: "marketing_code_id");

            migrationBuilder.CreateIndex(
                name: "ix_contact_phones_contact_id_e164",
                table: "contact_phones",
                columns: new[] { "contact_id", "e164" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contact_phones_search_digits",
                table: "contact_phones",
                column: "search_digits")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_contact_scores_score_type_id",
                table: "contact_scores",
                column: "score_type_id");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_member_number",
                table: "contacts",
                column: "member_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contacts_origin_campaign_id",
                table: "contacts",
                column: "origin_campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_search_name_first_last_prefix",
                table: "contacts",
                column: "search_name_first_last")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_search_name_prefix",
                table: "contacts",
                column: "search_name")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_search_name_trgm",
                table: "contacts",
                column: "search_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_suspension_code_id",
                table: "contacts",
                column: "suspension_code_id");

            migrationBuilder.CreateIndex(
                name: "ix_marketing_codes_code",
                table: "marketing_codes",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_score_types_code",
                table: "score_types",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_suspension_codes_code",
                table: "suspension_codes",
                column: "code",
                unique: true);

            // Reference rows every base needs: the campaign preselected when an origin is unknown, and the standard suspension codes.
            migrationBuilder.Sql(
                """
                INSERT INTO campaigns (id, code, name, channel, starts_on, is_generic)
                VALUES (nextval('campaigns_hilo'), 'GENERIQUE', 'Campagne générique', 'Mail', DATE '2000-01-01', true);
                INSERT INTO suspension_codes (id, code, label, is_active) VALUES
                    (nextval('suspension_codes_hilo'), 'DCD', 'Décédé', true),
                    (nextval('suspension_codes_hilo'), 'NPAI', 'N''habite pas à l''adresse indiquée', true),
                    (nextval('suspension_codes_hilo'), 'DEM', 'À sa demande', true);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "campaign_receptions");

            migrationBuilder.DropTable(
                name: "contact_addresses");

            migrationBuilder.DropTable(
                name: "contact_emails");

            migrationBuilder.DropTable(
                name: "contact_marketing_codes");

            migrationBuilder.DropTable(
                name: "contact_phones");

            migrationBuilder.DropTable(
                name: "contact_scores");

            migrationBuilder.DropTable(
                name: "marketing_codes");

            migrationBuilder.DropTable(
                name: "contacts");

            migrationBuilder.DropTable(
                name: "score_types");

            migrationBuilder.DropTable(
                name: "campaigns");

            migrationBuilder.DropTable(
                name: "suspension_codes");

            migrationBuilder.DropIndex(
                name: "ix_journal_entries_contact_id_occurred_at",
                table: "journal_entries");

            migrationBuilder.DropColumn(
                name: "contact_id",
                table: "journal_entries");

            migrationBuilder.DropSequence(
                name: "campaign_receptions_hilo");

            migrationBuilder.DropSequence(
                name: "campaigns_hilo");

            migrationBuilder.DropSequence(
                name: "contact_addresses_hilo");

            migrationBuilder.DropSequence(
                name: "contact_emails_hilo");

            migrationBuilder.DropSequence(
                name: "contact_member_numbers");

            migrationBuilder.DropSequence(
                name: "contact_phones_hilo");

            migrationBuilder.DropSequence(
                name: "contacts_hilo");

            migrationBuilder.DropSequence(
                name: "marketing_codes_hilo");

            migrationBuilder.DropSequence(
                name: "score_types_hilo");

            migrationBuilder.DropSequence(
                name: "suspension_codes_hilo");

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS f_unaccent(text);");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:unaccent", ",,");
        }
    }
}
