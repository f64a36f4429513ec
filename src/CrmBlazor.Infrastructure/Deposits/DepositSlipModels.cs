namespace CrmBlazor.Infrastructure.Deposits;

public sealed record DepositSlipCheque(string DrawerName, string Bank, string ChequeNumber, decimal Amount);

/// <summary>A bank deposit as its slip prints it. <paramref name="CashCount"/> is the number of cash payments deposited.</summary>
public sealed record DepositSlip(
    string OrganisationName, string BankName, string AccountHolder, string Iban, string? Bic,
    string DepositNumber, DateOnly DepositedOn, IReadOnlyList<string> BatchNumbers,
    IReadOnlyList<DepositSlipCheque> Cheques, decimal CashTotal, int CashCount);

/// <summary>The slip's totals, always recomputed from its lines: a total handed in from elsewhere is never printed.</summary>
public sealed record DepositSlipTotals(int ChequeCount, decimal ChequeTotal, int CashCount, decimal CashTotal)
{
    public decimal GrandTotal => ChequeTotal + CashTotal;

    public static DepositSlipTotals Of(DepositSlip slip) =>
        new(slip.Cheques.Count, slip.Cheques.Sum(c => c.Amount), slip.CashCount, slip.CashTotal);
}
