using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.Application.Recurring.Sepa;

/// <summary>The association as creditor: its name, account and SEPA creditor identifier (ICS).</summary>
public sealed record SepaCreditor(string Name, string Iban, string? Bic, string CreditorId);

/// <summary>One direct debit of a pain.008 file.</summary>
public sealed record SepaDebit(
    string EndToEndId, decimal Amount, string MandateReference, DateOnly MandateSignedOn, string DebtorName, string DebtorIban,
    string? DebtorBic, string RemittanceInformation);

/// <summary>A PmtInf block: debits of one sequence type collected on one date.</summary>
public sealed record SepaBatch(string PaymentInformationId, SepaSequence Sequence, DateOnly CollectionDate, IReadOnlyList<SepaDebit> Debits);
