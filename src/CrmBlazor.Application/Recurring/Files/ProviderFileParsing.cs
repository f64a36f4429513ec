using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.Application.Recurring.Files;

/// <summary>
/// One usable line of a provider or bank file, already read: what happened to which instalment. The importer
/// finds the instalment from the most precise key the file gives — our instalment id, the SEPA end-to-end id, or
/// the provider's subscription reference and the date. A refund or a reversal may instead name the transaction it
/// undoes (<see cref="OriginalTransactionId"/>): the instalment that transaction was applied to.
/// </summary>
public sealed record ProviderLine(
    int LineNumber,
    RecurringChannel Channel,
    string TransactionId,
    TransactionOutcome Outcome,
    DateOnly OccurredOn,
    decimal Amount,
    string Raw,
    long? InstalmentId = null,
    string? EndToEndId = null,
    string? SubscriptionReference = null,
    string? ReasonCode = null,
    string? Reason = null,
    string? SettlementReference = null,
    string? OriginalTransactionId = null);

/// <summary>What a parser read: the usable lines, the lines it could not read (with why), and how many lines it saw.</summary>
public sealed record ParsedProviderFile(IReadOnlyList<ProviderLine> Lines, IReadOnlyList<ImportProblem> Problems, int LineCount);

/// <summary>
/// Reads one file format. Never throws on bad content: a malformed or unknown line becomes a problem. A problem on
/// line 0 means the file as a whole cannot be read (not this format, a required column missing): the importer then
/// refuses it and records nothing. Lines still in progress at the provider are counted in LineCount and left out.
/// </summary>
public interface IProviderFileParser
{
    ProviderFileKind Kind { get; }

    ParsedProviderFile Parse(ReadOnlyMemory<byte> content);
}
