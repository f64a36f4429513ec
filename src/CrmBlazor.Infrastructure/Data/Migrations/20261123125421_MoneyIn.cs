using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmBlazor.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class MoneyIn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "bank_deposit_numbers");

            migrationBuilder.CreateSequence(
                name: "bank_deposits_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "document_deliveries_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "documents_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "donations_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "order_lines_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "orders_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "outbox_messages_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "payment_batch_numbers");

            migrationBuilder.CreateSequence(
                name: "payment_batches_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "payments_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "products_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "receipt_runs_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "subscriptions_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "tax_receipts_hilo",
                incrementBy: 10);

            migrationBuilder.CreateTable(
                name: "document_contents",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false),
                    stored_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_contents", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "donor_summaries",
                columns: table => new
                {
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    first_gift_on = table.Column<DateOnly>(type: "date", nullable: false),
                    first_gift_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    last_gift_on = table.Column<DateOnly>(type: "date", nullable: false),
                    last_gift_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    gift_count = table.Column<int>(type: "integer", nullable: false),
                    lifetime_total = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    largest_gift = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_donor_summaries", x => x.contact_id);
                    table.ForeignKey(
                        name: "fk_donor_summaries_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "donor_year_totals",
                columns: table => new
                {
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    total = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    gift_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_donor_year_totals", x => new { x.contact_id, x.year });
                    table.ForeignKey(
                        name: "fk_donor_year_totals_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organisation_profiles",
                columns: table => new
                {
                    revision = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    siren_or_rna = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    street = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    post_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    city = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    country = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    @object = table.Column<string>(name: "object", type: "character varying(600)", maxLength: 600, nullable: false),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    category_detail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    article200 = table.Column<bool>(type: "boolean", nullable: false),
                    article978 = table.Column<bool>(type: "boolean", nullable: false),
                    signatory_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    signatory_title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    signature_image = table.Column<byte[]>(type: "bytea", nullable: true),
                    signature_content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    bank_name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    account_holder = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    iban = table.Column<string>(type: "character varying(34)", maxLength: 34, nullable: false),
                    bic = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    receipts_skip_suspended = table.Column<bool>(type: "boolean", nullable: false),
                    saved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    saved_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisation_profiles", x => x.revision);
                    table.CheckConstraint("ck_organisation_profiles_article", "article200 OR article978");
                    table.CheckConstraint("ck_organisation_profiles_revision", "revision > 0");
                });

            migrationBuilder.CreateTable(
                name: "products",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    unit_price = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_products", x => x.id);
                    table.CheckConstraint("ck_products_code_upper", "code = upper(btrim(code)) AND code <> ''");
                    table.CheckConstraint("ck_products_price", "unit_price > 0");
                });

            migrationBuilder.CreateTable(
                name: "receipt_counters",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    last_sequence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_receipt_counters", x => x.year);
                    table.CheckConstraint("ck_receipt_counters_positive", "last_sequence >= 0");
                });

            migrationBuilder.CreateTable(
                name: "receipt_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    cancel_requested = table.Column<bool>(type: "boolean", nullable: false),
                    donors_planned = table.Column<int>(type: "integer", nullable: false),
                    donors_done = table.Column<int>(type: "integer", nullable: false),
                    receipts_issued = table.Column<int>(type: "integer", nullable: false),
                    emails_queued = table.Column<int>(type: "integer", nullable: false),
                    printed = table.Column<int>(type: "integer", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_receipt_runs", x => x.id);
                    table.CheckConstraint("ck_receipt_runs_finished", "(status = 'Running') = (finished_at IS NULL)");
                });

            migrationBuilder.CreateTable(
                name: "tax_receipts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    first_payment_on = table.Column<DateOnly>(type: "date", nullable: false),
                    last_payment_on = table.Column<DateOnly>(type: "date", nullable: false),
                    payment_modes = table.Column<string[]>(type: "text[]", nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    issued_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    issuer_revision = table.Column<int>(type: "integer", nullable: false),
                    run_id = table.Column<long>(type: "bigint", nullable: true),
                    delivery = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    donor_last_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    donor_first_names = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    donor_address_lines = table.Column<List<string>>(type: "text[]", nullable: false),
                    donor_street = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    donor_post_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    donor_city = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    donor_country = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    cancel_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    replaces_id = table.Column<long>(type: "bigint", nullable: true),
                    replaced_by_id = table.Column<long>(type: "bigint", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tax_receipts", x => x.id);
                    table.CheckConstraint("ck_tax_receipts_amount", "amount > 0");
                    table.CheckConstraint("ck_tax_receipts_cancel_explained", "(status = 'Cancelled') = (cancel_reason IS NOT NULL AND cancelled_at IS NOT NULL)");
                    table.CheckConstraint("ck_tax_receipts_period", "first_payment_on <= last_payment_on AND extract(year FROM first_payment_on) = year AND extract(year FROM last_payment_on) = year");
                    table.CheckConstraint("ck_tax_receipts_replaced_only_if_cancelled", "replaced_by_id IS NULL OR status = 'Cancelled'");
                    table.CheckConstraint("ck_tax_receipts_sequence", "sequence > 0");
                    table.ForeignKey(
                        name: "fk_tax_receipts_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tax_receipts_organisation_profiles_issuer_revision",
                        column: x => x.issuer_revision,
                        principalTable: "organisation_profiles",
                        principalColumn: "revision",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tax_receipts_receipt_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "receipt_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tax_receipts_tax_receipts_replaced_by_id",
                        column: x => x.replaced_by_id,
                        principalTable: "tax_receipts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tax_receipts_tax_receipts_replaces_id",
                        column: x => x.replaces_id,
                        principalTable: "tax_receipts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: true),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: true),
                    storage_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    tax_receipt_id = table.Column<long>(type: "bigint", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents", x => x.id);
                    table.CheckConstraint("ck_documents_content", "(storage_key IS NOT NULL) <> (tax_receipt_id IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_documents_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_documents_tax_receipts_tax_receipt_id",
                        column: x => x.tax_receipt_id,
                        principalTable: "tax_receipts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bank_deposits",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    number = table.Column<long>(type: "bigint", nullable: false, defaultValueSql: "nextval('bank_deposit_numbers')"),
                    deposited_on = table.Column<DateOnly>(type: "date", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    cheque_count = table.Column<int>(type: "integer", nullable: false),
                    cheque_total = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    cash_count = table.Column<int>(type: "integer", nullable: false),
                    cash_total = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    slip_document_id = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bank_deposits", x => x.id);
                    table.CheckConstraint("ck_bank_deposits_totals", "cheque_count >= 0 AND cash_count >= 0 AND cheque_total >= 0 AND cash_total >= 0");
                    table.ForeignKey(
                        name: "fk_bank_deposits_documents_slip_document_id",
                        column: x => x.slip_document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "document_deliveries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    document_id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    recipient = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "fk_document_deliveries_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_document_deliveries_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: true),
                    to_address = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    attachment_document_id = table.Column<long>(type: "bigint", nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    queued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                    table.CheckConstraint("ck_outbox_messages_attempts", "attempts >= 0");
                    table.ForeignKey(
                        name: "fk_outbox_messages_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_outbox_messages_documents_attachment_document_id",
                        column: x => x.attachment_document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "payment_batches",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    number = table.Column<long>(type: "bigint", nullable: false, defaultValueSql: "nextval('payment_batch_numbers')"),
                    label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    opened_on = table.Column<DateOnly>(type: "date", nullable: false),
                    opened_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    expected_count = table.Column<int>(type: "integer", nullable: false),
                    expected_total = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    validated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    validated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    deposit_id = table.Column<long>(type: "bigint", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payment_batches", x => x.id);
                    table.CheckConstraint("ck_payment_batches_deposit_after_validation", "deposit_id IS NULL OR status = 'Validated'");
                    table.CheckConstraint("ck_payment_batches_expected", "expected_count > 0 AND expected_total > 0");
                    table.CheckConstraint("ck_payment_batches_validated", "(status = 'Validated') = (validated_at IS NOT NULL AND validated_by IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_payment_batches_bank_deposits_deposit_id",
                        column: x => x.deposit_id,
                        principalTable: "bank_deposits",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "payments",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    method = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    campaign_id = table.Column<long>(type: "bigint", nullable: false),
                    cheque_bank = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    cheque_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    drawer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    batch_id = table.Column<long>(type: "bigint", nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    cancel_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    cancelled_on = table.Column<DateOnly>(type: "date", nullable: true),
                    entered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments", x => x.id);
                    table.CheckConstraint("ck_payments_amount", "amount > 0");
                    table.CheckConstraint("ck_payments_batch_physical", "batch_id IS NULL OR method IN ('Cheque', 'Cash')");
                    table.CheckConstraint("ck_payments_cancel_explained", "(status = 'Cancelled') = (cancel_reason IS NOT NULL AND cancelled_on IS NOT NULL)");
                    table.CheckConstraint("ck_payments_cheque", "(method = 'Cheque') = (cheque_bank IS NOT NULL AND cheque_number IS NOT NULL)");
                    table.CheckConstraint("ck_payments_physical_in_batch", "method NOT IN ('Cheque', 'Cash') OR batch_id IS NOT NULL");
                    table.ForeignKey(
                        name: "fk_payments_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_payments_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_payments_payment_batches_batch_id",
                        column: x => x.batch_id,
                        principalTable: "payment_batches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "donations",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    payment_id = table.Column<long>(type: "bigint", nullable: true),
                    campaign_id = table.Column<long>(type: "bigint", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    donated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    method = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    origin = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    status_changed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_donations", x => x.id);
                    table.CheckConstraint("ck_donations_amount", "amount > 0");
                    table.CheckConstraint("ck_donations_reason", "status NOT IN ('Unpaid', 'Cancelled', 'Refunded') OR (status_reason IS NOT NULL AND status_changed_on IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_donations_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_donations_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_donations_payments_payment_id",
                        column: x => x.payment_id,
                        principalTable: "payments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "orders",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    payment_id = table.Column<long>(type: "bigint", nullable: true),
                    campaign_id = table.Column<long>(type: "bigint", nullable: false),
                    ordered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    cancel_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders", x => x.id);
                    table.CheckConstraint("ck_orders_amount", "amount > 0");
                    table.CheckConstraint("ck_orders_cancel_explained", "(status = 'Cancelled') = (cancel_reason IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_orders_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_orders_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_orders_payments_payment_id",
                        column: x => x.payment_id,
                        principalTable: "payments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "subscriptions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    payment_id = table.Column<long>(type: "bigint", nullable: true),
                    campaign_id = table.Column<long>(type: "bigint", nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    issue_count = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    cancel_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subscriptions", x => x.id);
                    table.CheckConstraint("ck_subscriptions_amount", "amount > 0");
                    table.CheckConstraint("ck_subscriptions_cancel_explained", "(status = 'Cancelled') = (cancel_reason IS NOT NULL)");
                    table.CheckConstraint("ck_subscriptions_dates", "ends_on >= starts_on");
                    table.CheckConstraint("ck_subscriptions_issues", "issue_count BETWEEN 1 AND 120");
                    table.ForeignKey(
                        name: "fk_subscriptions_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_subscriptions_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_subscriptions_payments_payment_id",
                        column: x => x.payment_id,
                        principalTable: "payments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tax_receipt_donations",
                columns: table => new
                {
                    receipt_id = table.Column<long>(type: "bigint", nullable: false),
                    donation_id = table.Column<long>(type: "bigint", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tax_receipt_donations", x => new { x.receipt_id, x.donation_id });
                    table.CheckConstraint("ck_tax_receipt_donations_amount", "amount > 0");
                    table.ForeignKey(
                        name: "fk_tax_receipt_donations_donations_donation_id",
                        column: x => x.donation_id,
                        principalTable: "donations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tax_receipt_donations_tax_receipts_receipt_id",
                        column: x => x.receipt_id,
                        principalTable: "tax_receipts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "order_lines",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    order_id = table.Column<long>(type: "bigint", nullable: false),
                    product_id = table.Column<long>(type: "bigint", nullable: false),
                    product_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    unit_price = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_lines", x => x.id);
                    table.CheckConstraint("ck_order_lines_price", "unit_price > 0");
                    table.CheckConstraint("ck_order_lines_quantity", "quantity BETWEEN 1 AND 9999");
                    table.ForeignKey(
                        name: "fk_order_lines_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_order_lines_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_bank_deposits_number",
                table: "bank_deposits",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bank_deposits_slip_document_id",
                table: "bank_deposits",
                column: "slip_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_document_deliveries_contact_id",
                table: "document_deliveries",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_document_deliveries_document_id_at",
                table: "document_deliveries",
                columns: new[] { "document_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_contact_id_created_at",
                table: "documents",
                columns: new[] { "contact_id", "created_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_documents_tax_receipt_id",
                table: "documents",
                column: "tax_receipt_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_donations_campaign_id",
                table: "donations",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_donations_contact_id_donated_on",
                table: "donations",
                columns: new[] { "contact_id", "donated_on" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_donations_donated_on",
                table: "donations",
                column: "donated_on");

            migrationBuilder.CreateIndex(
                name: "ix_donations_payment_id",
                table: "donations",
                column: "payment_id");

            migrationBuilder.CreateIndex(
                name: "ix_donor_summaries_last_gift_on",
                table: "donor_summaries",
                column: "last_gift_on");

            migrationBuilder.CreateIndex(
                name: "ix_donor_summaries_lifetime_total",
                table: "donor_summaries",
                column: "lifetime_total");

            migrationBuilder.CreateIndex(
                name: "ix_donor_year_totals_year_total",
                table: "donor_year_totals",
                columns: new[] { "year", "total" });

            migrationBuilder.CreateIndex(
                name: "ix_order_lines_order_id",
                table: "order_lines",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_order_lines_product_id",
                table: "order_lines",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_campaign_id",
                table: "orders",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_contact_id_ordered_on",
                table: "orders",
                columns: new[] { "contact_id", "ordered_on" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_orders_payment_id",
                table: "orders",
                column: "payment_id");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_attachment_document_id",
                table: "outbox_messages",
                column: "attachment_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_contact_id",
                table: "outbox_messages",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_status_queued_at",
                table: "outbox_messages",
                columns: new[] { "status", "queued_at" });

            migrationBuilder.CreateIndex(
                name: "ix_payment_batches_deposit_id",
                table: "payment_batches",
                column: "deposit_id");

            migrationBuilder.CreateIndex(
                name: "ix_payment_batches_number",
                table: "payment_batches",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payment_batches_status",
                table: "payment_batches",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_payments_batch_id",
                table: "payments",
                column: "batch_id");

            migrationBuilder.CreateIndex(
                name: "ix_payments_campaign_id",
                table: "payments",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_payments_contact_id_received_on",
                table: "payments",
                columns: new[] { "contact_id", "received_on" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_products_code",
                table: "products",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_receipt_runs_started_at",
                table: "receipt_runs",
                column: "started_at",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ux_receipt_runs_one_running",
                table: "receipt_runs",
                columns: new[] { "kind", "year" },
                unique: true,
                filter: "status = 'Running'");

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_campaign_id",
                table: "subscriptions",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_contact_id_starts_on",
                table: "subscriptions",
                columns: new[] { "contact_id", "starts_on" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_ends_on",
                table: "subscriptions",
                column: "ends_on");

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_payment_id",
                table: "subscriptions",
                column: "payment_id");

            migrationBuilder.CreateIndex(
                name: "ux_tax_receipt_donations_one_active",
                table: "tax_receipt_donations",
                column: "donation_id",
                unique: true,
                filter: "is_active");

            migrationBuilder.CreateIndex(
                name: "ix_tax_receipts_contact_id_year",
                table: "tax_receipts",
                columns: new[] { "contact_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_tax_receipts_issuer_revision",
                table: "tax_receipts",
                column: "issuer_revision");

            migrationBuilder.CreateIndex(
                name: "ix_tax_receipts_replaced_by_id",
                table: "tax_receipts",
                column: "replaced_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_receipts_replaces_id",
                table: "tax_receipts",
                column: "replaces_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tax_receipts_run_id",
                table: "tax_receipts",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "ix_tax_receipts_year_sequence",
                table: "tax_receipts",
                columns: new[] { "year", "sequence" },
                unique: true);

            migrationBuilder.Sql(MoneyInSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(MoneyInSql.Down);

            migrationBuilder.DropTable(
                name: "document_contents");

            migrationBuilder.DropTable(
                name: "document_deliveries");

            migrationBuilder.DropTable(
                name: "donor_summaries");

            migrationBuilder.DropTable(
                name: "donor_year_totals");

            migrationBuilder.DropTable(
                name: "order_lines");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "receipt_counters");

            migrationBuilder.DropTable(
                name: "subscriptions");

            migrationBuilder.DropTable(
                name: "tax_receipt_donations");

            migrationBuilder.DropTable(
                name: "orders");

            migrationBuilder.DropTable(
                name: "products");

            migrationBuilder.DropTable(
                name: "donations");

            migrationBuilder.DropTable(
                name: "payments");

            migrationBuilder.DropTable(
                name: "payment_batches");

            migrationBuilder.DropTable(
                name: "bank_deposits");

            migrationBuilder.DropTable(
                name: "documents");

            migrationBuilder.DropTable(
                name: "tax_receipts");

            migrationBuilder.DropTable(
                name: "organisation_profiles");

            migrationBuilder.DropTable(
                name: "receipt_runs");

            migrationBuilder.DropSequence(
                name: "bank_deposit_numbers");

            migrationBuilder.DropSequence(
                name: "bank_deposits_hilo");

            migrationBuilder.DropSequence(
                name: "document_deliveries_hilo");

            migrationBuilder.DropSequence(
                name: "documents_hilo");

            migrationBuilder.DropSequence(
                name: "donations_hilo");

            migrationBuilder.DropSequence(
                name: "order_lines_hilo");

            migrationBuilder.DropSequence(
                name: "orders_hilo");

            migrationBuilder.DropSequence(
                name: "outbox_messages_hilo");

            migrationBuilder.DropSequence(
                name: "payment_batch_numbers");

            migrationBuilder.DropSequence(
                name: "payment_batches_hilo");

            migrationBuilder.DropSequence(
                name: "payments_hilo");

            migrationBuilder.DropSequence(
                name: "products_hilo");

            migrationBuilder.DropSequence(
                name: "receipt_runs_hilo");

            migrationBuilder.DropSequence(
                name: "subscriptions_hilo");

            migrationBuilder.DropSequence(
                name: "tax_receipts_hilo");
        }
    }
}
