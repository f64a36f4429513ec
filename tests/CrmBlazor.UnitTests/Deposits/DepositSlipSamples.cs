using CrmBlazor.Infrastructure.Deposits;

namespace CrmBlazor.UnitTests.Deposits;

internal static class DepositSlipSamples
{
    private static readonly string[] Drawers = ["Mme Hélène Gaëlle Dupré", "M. François Lefèvre", "Famille Çelik", "M. et Mme Jérôme Bœuf"];
    private static readonly string[] Banks = ["Crédit Agricole", "Société Générale", "La Banque Postale", "Caisse d'Épargne"];

    /// <summary>Cheque k (from 1) is numbered 00000k and worth 10 € + k × 1,25 €, so every line is recognisable.</summary>
    public static IReadOnlyList<DepositSlipCheque> Cheques(int count) =>
        Enumerable.Range(1, count)
            .Select(k => new DepositSlipCheque(Drawers[k % Drawers.Length], Banks[k % Banks.Length], $"{k:D7}", 10m + k * 1.25m))
            .ToList();

    public static DepositSlip Slip(IReadOnlyList<DepositSlipCheque> cheques, decimal cashTotal = 150m, int cashCount = 3) =>
        new(
            OrganisationName: "Association des Amis de la Forêt de Brocéliande",
            BankName: "Crédit Mutuel de Bretagne",
            AccountHolder: "Assoc. Amis Forêt Brocéliande",
            Iban: "FR7630006000011234567890189",
            Bic: "CMBRFR2BXXX",
            DepositNumber: "REM-2026-0042",
            DepositedOn: new DateOnly(2026, 3, 9),
            BatchNumbers: ["LOT-2026-0101", "LOT-2026-0102"],
            Cheques: cheques,
            CashTotal: cashTotal,
            CashCount: cashCount);
}
