using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Receipts;

namespace CrmBlazor.Application.Receipts;

/// <summary>
/// Which gifts a run receipts and how each receipt goes out. The gift rules are SQL, since runs select them
/// set-based: only collected gifts of the year that no standing receipt covers yet, from persons (Cerfa
/// 11580*05), minus suspended contacts when the association says so.
/// </summary>
public static class ReceiptRunRules
{
    /// <summary>
    /// The condition on <c>donations d</c> joined to <c>contacts c</c>; parameters <c>@from</c>, <c>@to</c> (the year's
    /// first day and the next year's) and <c>@skip_suspended</c>.
    /// </summary>
    public static string GiftCondition(ReceiptKind kind) =>
        $"""
        d.status = 'Collected' AND d.donated_on >= @from AND d.donated_on < @to
        AND c.kind = 'Person'
        AND (NOT @skip_suspended OR c.suspension_code_id IS NULL)
        AND NOT EXISTS (SELECT 1 FROM tax_receipt_donations l WHERE l.donation_id = d.id AND l.is_active)
        AND {PreferenceCondition(kind)}
        """;

    /// <summary>
    /// Annual: donors who want an annual receipt (by post or by email), and every donor's recurring gifts, which are
    /// only ever receipted once a year. Per gift: the one-off gifts of donors who want a receipt per gift. « Aucun »: never.
    /// </summary>
    private static string PreferenceCondition(ReceiptKind kind) => kind switch
    {
        ReceiptKind.Annual =>
            "(c.receipt_preference IN ('Annual', 'ByEmail') OR (c.receipt_preference = 'PerGift' AND d.origin = 'Recurring'))",
        _ => "c.receipt_preference = 'PerGift' AND d.origin <> 'Recurring'",
    };

    /// <summary>
    /// Email when the donor chose it and has a usable address; otherwise post, which needs a postal address.
    /// Null: the receipt cannot go out (counted « sans adresse », issued by a later run once the address is known).
    /// </summary>
    public static ReceiptDelivery? DeliveryFor(ReceiptPreference preference, string? validEmail, bool hasPostalAddress) =>
        preference == ReceiptPreference.ByEmail && !string.IsNullOrEmpty(validEmail) ? ReceiptDelivery.Email
        : hasPostalAddress ? ReceiptDelivery.Post
        : null;
}
