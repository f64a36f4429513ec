namespace CrmBlazor.Infrastructure.Data.Migrations;

/// <summary>Hand-written SQL of the EmailChannel migration, kept apart so the migration can be regenerated.</summary>
public static class EmailChannelSql
{
    /// <summary>
    /// Messages queued before the sender existed are due now; those the annual run queued carry the receipt's
    /// original (the run marked it delivered when it queued the email).
    /// </summary>
    public const string Backfill = """
        UPDATE outbox_messages SET next_attempt_at = queued_at;
        UPDATE outbox_messages m SET attachment_is_original = true
        FROM documents d JOIN tax_receipts r ON r.id = d.tax_receipt_id
        WHERE d.id = m.attachment_document_id AND r.run_id IS NOT NULL AND r.delivery = 'Email' AND m.status = 'Queued';
        """;
}
