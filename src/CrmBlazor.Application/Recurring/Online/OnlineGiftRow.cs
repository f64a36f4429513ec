using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.Application.Recurring.Online;

/// <summary>One gift collected on the web, read and checked: the importer only has to find the donor and record it.</summary>
public sealed record OnlineGiftRow(
    int Line,
    string TransactionId,
    DateOnly CollectedOn,
    RecurringChannel Channel,
    decimal Amount,
    Periodicity Periodicity,
    string? CampaignCode,
    string? ProviderReference,
    DateOnly? CardExpiresOn,
    string? Iban,
    string? Bic,
    string? Rum,
    DateOnly? MandateSignedOn,
    Civility? Civility,
    string? FirstName,
    string? LastName,
    string? Email,
    string? Phone,
    string? Street,
    string? PostCode,
    string? City,
    string Country,
    string Raw)
{
    public string DebtorName => string.Join(' ', new[] { FirstName, LastName }.Where(n => !string.IsNullOrWhiteSpace(n)));
}

/// <summary>What was read from one file: the usable rows, the refused rows with why, and a reason when the whole file is unreadable.</summary>
public sealed record ParsedOnlineGifts(IReadOnlyList<OnlineGiftRow> Rows, IReadOnlyList<ImportProblem> Problems, int LineCount, string? FileError = null);
