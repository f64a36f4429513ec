using System.Net;
using System.Text;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Recurring.Reconciliation;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Domain.Staff;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CrmBlazor.IntegrationTests.Recurring;

/// <summary>The rapprochement: settlement and bank statement imports, matching, reconciled instalments and what stays unmatched.</summary>
public sealed class ReconciliationTests(CrmAppFixture app) : IntegrationTest(app)
{
    private const string PayPalStl =
        """
        "RH","2026/04/03 04:00:00 +0200","A","ACCOUNT1",009
        "FH",01
        "SH","2026/04/02 00:00:00 +0200","2026/04/02 23:59:59 +0200","ACCOUNT1",""
        "CH","Transaction ID","Invoice ID","PayPal Reference ID","PayPal Reference ID Type","Transaction Event Code","Transaction Initiation Date","Transaction Completion Date","Transaction Debit or Credit","Gross Transaction Amount","Gross Transaction Currency","Fee Debit or Credit","Fee Amount","Fee Currency"
        "SB","PP-100","","I-SUB1","SUB","T0002","2026/04/01 10:00:00 +0200","2026/04/01 10:00:01 +0200","CR",2000,"EUR","DR",78,"EUR"
        "SB","PP-101","","I-SUB2","SUB","T0013","2026/04/01 11:00:00 +0200","2026/04/01 11:00:01 +0200","CR",3000,"EUR","DR",102,"EUR"
        "SB","WD-2026-04-02","","","","T0400","2026/04/02 18:00:00 +0200","2026/04/02 18:00:00 +0200","DR",4820,"EUR","CR",0,"EUR"
        "SC",3
        "SF","CR",5000,"DR",180
        "RC",3
        "FF",3
        "RF",3
        """;

    [Fact]
    public async Task A_PayPal_settlement_matches_its_net_bank_credit_and_its_instalments_are_reconciled()
    {
        await OnlineGiftsAsync(
            "PP-100;2026-04-01;paypal;20.00;monthly;;I-SUB1;;;;;;;Ana;Paypal;ana@example.org;;;;;",
            "PP-101;2026-04-01;paypal;30.00;monthly;;I-SUB2;;;;;;;Bob;Paypal;bob@example.org;;;;;");
        var settlement = await ImportAsync(ProviderFileKind.ProviderSettlement, "STL-20260403.01.009.CSV", PayPalStl);
        Assert.Equal((1, 0), (settlement.Recorded, settlement.Problems.Count));
        var statement = await ImportAsync(ProviderFileKind.BankStatement, "releve-avril.csv",
            "Date;Libellé;Montant\n03/04/2026;VIR PAYPAL EUROPE WD-2026-04-02;48,20\n04/04/2026;VIR M. DURAND;\"1 000,00\"\n05/04/2026;PRLV EDF;-62,10\n");
        Assert.Equal((3, 3), (statement.Lines, statement.Recorded));

        var run = await MatchAsync();

        Assert.Equal((1, 2, 0), (run.Matched, run.InstalmentsReconciled, run.SepaRemittancesAdded));
        var stored = await App.QueryAsync(db => db.ProviderSettlements.AsNoTracking().Include(s => s.Items).SingleAsync());
        Assert.Equal(
            (RecurringChannel.PayPal, "WD-2026-04-02", new DateOnly(2026, 4, 2), 50.00m, 1.80m, 48.20m),
            (stored.Channel, stored.Reference, stored.SettledOn, stored.Gross, stored.Fee, stored.Net));
        Assert.Equal(["PP-100", "PP-101"], stored.Items.Select(i => i.TransactionId).Order().ToList());
        var line = await App.QueryAsync(db => db.BankStatementLines.AsNoTracking().SingleAsync(l => l.Amount == 48.20m));
        Assert.Equal((stored.Id, line.Id), (line.SettlementId, stored.BankLineId));
        Assert.Equal(PaymentTestToday, line.MatchedOn);
        var instalments = await App.QueryAsync(db => db.Instalments.AsNoTracking().ToListAsync());
        Assert.All(instalments, i => Assert.Equal(PaymentTestToday, i.ReconciledOn));

        var lists = App.Services.CreateScope().ServiceProvider.GetRequiredService<ReconciliationListsHandler>();
        var matched = Assert.Single((await lists.MatchedAsync(new PageRequest(0, 20))).Items);
        Assert.Equal(("WD-2026-04-02", 48.20m, new DateOnly(2026, 4, 3)), (matched.Reference, matched.Credit, matched.BookedOn));
        var credit = Assert.Single((await lists.UnmatchedCreditsAsync(new PageRequest(0, 20))).Items);
        Assert.Equal((1000.00m, "VIR M. DURAND"), (credit.Amount, credit.Label));
        Assert.Equal(0, (await lists.UnmatchedSettlementsAsync(new PageRequest(0, 20))).TotalCount);
        Assert.Equal(0, (await lists.UnsettledInstalmentsAsync(new PageRequest(0, 20))).TotalCount);

        var again = await MatchAsync();
        Assert.Equal((0, 0), (again.Matched, again.InstalmentsReconciled));
    }

    [Fact]
    public async Task An_amount_that_differs_stays_unmatched_on_both_sides_and_an_instalment_in_no_settlement_is_listed()
    {
        await OnlineGiftsAsync(
            "PZ-200;2026-04-01;card;15.00;monthly;;;;;;;;;Cara;Carte;cara@example.org;;;;;",
            "PZ-201;2026-04-01;card;9.00;monthly;;;;;;;;;Dan;Carte;dan@example.org;;;;;");
        await ImportAsync(ProviderFileKind.ProviderSettlement, "jrb.csv",
            """
            TITRE;12345678;26/04/02_05:00:00;TABLE_V_CUSTOM;
            ENTETE;TRANSACTION_ID;NUMERO_REMISE;DATE_REMISE;TRANSACTION_TYPE;MONTANT;COMMISSION;
            DETAILS;PZ-200;R-0042;20260402;DEBIT;1500;20;
            FIN;
            """);
        await ImportAsync(ProviderFileKind.BankStatement, "releve.csv", "03/04/2026;REMISE CB R-0042;14,90\n");

        var run = await MatchAsync();

        Assert.Equal((0, 0), (run.Matched, run.InstalmentsReconciled));
        var lists = App.Services.CreateScope().ServiceProvider.GetRequiredService<ReconciliationListsHandler>();
        Assert.Equal(14.90m, Assert.Single((await lists.UnmatchedCreditsAsync(new PageRequest(0, 20))).Items).Amount);
        var settlement = Assert.Single((await lists.UnmatchedSettlementsAsync(new PageRequest(0, 20))).Items);
        Assert.Equal((RecurringChannel.Card, "R-0042", 15.00m, 0.20m, 14.80m), (settlement.Channel, settlement.Reference, settlement.Gross, settlement.Fee, settlement.Credit));
        var unsettled = Assert.Single((await lists.UnsettledInstalmentsAsync(new PageRequest(0, 20))).Items);
        Assert.Equal(("PZ-201", 9.00m, "Dan CARTE"), (unsettled.TransactionId, unsettled.Amount, unsettled.ContactName));
        Assert.Equal(0, await App.QueryAsync(db => db.Instalments.CountAsync(i => i.ReconciledOn != null)));
    }

    [Fact]
    public async Task A_SEPA_remittance_is_matched_gross_to_its_bank_credit_within_five_days()
    {
        var collectOn = new DateOnly(2026, 4, 5);
        var fileId = await SepaRemittanceAsync(collectOn, 25.00m, 10.00m);
        await ImportAsync(ProviderFileKind.BankStatement, "releve.csv", "05/04/2026,REMISE PRLV SEPA,35,00\n11/04/2026,REMISE PRLV SEPA,35.00\n");

        var run = await MatchAsync();

        Assert.Equal((1, 2, 1), (run.Matched, run.InstalmentsReconciled, run.SepaRemittancesAdded));
        var settlement = await App.QueryAsync(db => db.ProviderSettlements.AsNoTracking().SingleAsync());
        Assert.Equal((ProviderSettlement.SepaReference(fileId, collectOn), 35.00m, fileId, collectOn), (settlement.Reference, settlement.Gross, settlement.SepaFileId, settlement.CollectOn));
        var line = await App.QueryAsync(db => db.BankStatementLines.AsNoTracking().SingleAsync(l => l.Id == settlement.BankLineId));
        Assert.Equal(collectOn, line.BookedOn);
        Assert.Equal(2, await App.QueryAsync(db => db.Instalments.CountAsync(i => i.ReconciledOn == PaymentTestToday)));
        Assert.Equal(1, await App.QueryAsync(db => db.BankStatementLines.CountAsync(l => l.SettlementId == null)));
    }

    [Fact]
    public async Task The_same_statement_or_settlement_file_twice_is_refused_and_changes_nothing()
    {
        const string statement = "03/04/2026;VIREMENT;12,00\n";
        await ImportAsync(ProviderFileKind.BankStatement, "releve.csv", statement);
        await ImportAsync(ProviderFileKind.ProviderSettlement, "stl.csv", PayPalStl);
        var before = await App.QueryAsync(async db => (await db.BankStatementLines.CountAsync(), await db.ProviderSettlements.CountAsync(), await db.ProviderImports.CountAsync()));

        var statementAgain = await TryImportAsync(ProviderFileKind.BankStatement, "releve-copie.csv", statement);
        var settlementAgain = await TryImportAsync(ProviderFileKind.ProviderSettlement, "stl-copie.csv", PayPalStl);

        Assert.StartsWith("Ce fichier a déjà été importé le ", Assert.Single(statementAgain.Errors));
        Assert.EndsWith(" : il est refusé.", statementAgain.Errors[0]);
        Assert.StartsWith("Ce fichier a déjà été importé le ", Assert.Single(settlementAgain.Errors));
        Assert.Equal(before, await App.QueryAsync(async db => (await db.BankStatementLines.CountAsync(), await db.ProviderSettlements.CountAsync(), await db.ProviderImports.CountAsync())));

        // Other bytes, same settlement reference: the settlement is reported as known, never recorded twice.
        var renamed = await TryImportAsync(ProviderFileKind.ProviderSettlement, "stl-2.csv", PayPalStl + "\n");
        Assert.Equal(["Aucune ligne utilisable dans le fichier.", "Ligne 3 : Le règlement WD-2026-04-02 est déjà importé."], renamed.Errors);
        Assert.Equal(before, await App.QueryAsync(async db => (await db.BankStatementLines.CountAsync(), await db.ProviderSettlements.CountAsync(), await db.ProviderImports.CountAsync())));
    }

    [Fact]
    public async Task The_page_is_for_supervisors_and_lists_what_stays_unmatched()
    {
        await ImportAsync(ProviderFileKind.BankStatement, "releve.csv", "03/04/2026;VIR ASSOCIATION AMIE;1 234,50\n");
        var operatorAccount = await App.CreateStaffAsync(StaffRoles.Operator);
        var supervisor = await App.CreateStaffAsync(StaffRoles.Supervisor, twoFactor: true);
        using var operatorSession = NewSession();
        await operatorSession.SignInAsync(operatorAccount);
        using var supervisorSession = NewSession();
        await supervisorSession.SignInAsync(supervisor);

        using var refused = await operatorSession.GetAsync(PagePath);
        var text = Html.Text(await supervisorSession.GetPageAsync(PagePath));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        foreach (var expected in new[] { "Rapprochement", "Lancer le rapprochement", "Crédits bancaires sans règlement", "Règlements sans crédit bancaire", "Échéances encaissées hors règlement" })
        {
            Assert.True(text.Contains(expected, StringComparison.Ordinal), $"« {expected} » is missing from the page:\n{text}");
        }
    }

    [Fact]
    public async Task The_database_refuses_a_match_that_does_not_point_both_ways()
    {
        await ImportAsync(ProviderFileKind.BankStatement, "releve.csv", "03/04/2026;VIR PAYPAL;48,20\n");
        await ImportAsync(ProviderFileKind.ProviderSettlement, "stl.csv", PayPalStl);
        await using var connection = await App.OpenConnectionAsync();
        await using var oneSided = new NpgsqlCommand(
            "UPDATE provider_settlements SET bank_line_id = (SELECT id FROM bank_statement_lines), matched_on = current_date", connection);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => oneSided.ExecuteNonQueryAsync());

        Assert.Equal("ck_settlement_bank_line_match", refused.ConstraintName);
        Assert.Equal(0, await App.QueryAsync(db => db.ProviderSettlements.CountAsync(s => s.BankLineId != null)));
    }

    private const string PagePath = "/recurrent/rapprochement";

    private static DateOnly PaymentTestToday => Payments.PaymentTestData.Today;

    private async Task OnlineGiftsAsync(params string[] rows)
    {
        await App.GenericCampaignAsync();
        var summary = await App.ImportOnlineAsync(OnlineGiftTestData.Csv(rows), $"dons-{Guid.NewGuid():N}.csv");
        Assert.Equal(rows.Length, summary.Applied);
    }

    private Task<CommandResult<ReconciliationImportSummary>> TryImportAsync(ProviderFileKind kind, string name, string content) =>
        App.ActAsync(Payments.PaymentTestData.Operator, s => s.GetRequiredService<ImportReconciliationFileHandler>()
            .HandleAsync(new ImportReconciliationFileCommand(kind, name, Encoding.UTF8.GetBytes(content))));

    private async Task<ReconciliationImportSummary> ImportAsync(ProviderFileKind kind, string name, string content)
    {
        var result = await TryImportAsync(kind, name, content);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.Value!;
    }

    private async Task<ReconciliationRunResult> MatchAsync()
    {
        var result = await App.ActAsync(Payments.PaymentTestData.Operator, s => s.GetRequiredService<MatchSettlementsHandler>().HandleAsync());
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.Value!;
    }

    /// <summary>Direct-debit instalments presented in one pain.008 file (a stored document) for one collection date.</summary>
    private async Task<long> SepaRemittanceAsync(DateOnly collectOn, params decimal[] amounts)
    {
        var campaign = await App.GenericCampaignAsync();
        var (fileId, donationIds) = await App.WithDbAsync(async db =>
        {
            var file = Document.Stored(null, DocumentKind.Upload, "Prélèvements avril", "pain008.xml", "application/xml", 100, $"sepa/{Guid.NewGuid():N}", DateTimeOffset.UtcNow, "tests");
            db.Documents.Add(file);
            var ids = new List<long>();
            var n = 0;
            foreach (var amount in amounts)
            {
                n++;
                var contact = Domain.Contacts.Contact.NewPerson(0, null, "Sam", $"Sepa{n}", new DateOnly(2026, 1, 1), campaign);
                db.Contacts.Add(contact);
                var mandate = SepaMandate.Sign(contact.Id, $"RUM-TEST-{n}-{Guid.NewGuid():N}"[..30], new DateOnly(2026, 3, 1), OnlineGiftTestData.Iban, null, $"Sam Sepa{n}");
                db.SepaMandates.Add(mandate);
                var gift = RecurringGift.ByDirectDebit(mandate, amount, Periodicity.Monthly, campaign, new DateOnly(2026, 4, 1), collectOn.Day);
                db.RecurringGifts.Add(gift);
                var donation = Donation.ForInstalment(gift, collectOn, collected: false);
                db.Donations.Add(donation);
                db.Instalments.Add(Instalment.Scheduled(gift, donation, collectOn, collectOn, null, SepaSequence.First));
                ids.Add(donation.Id);
            }

            await db.SaveChangesAsync();
            return (file.Id, ids);
        });

        // The scheduling run records the file on its instalments; here the test does it.
        await using var connection = await App.OpenConnectionAsync();
        await using var update = new NpgsqlCommand("UPDATE instalments SET sepa_file_id = @file WHERE donation_id = ANY(@ids)", connection);
        update.Parameters.AddWithValue("file", fileId);
        update.Parameters.AddWithValue("ids", donationIds.ToArray());
        Assert.Equal(amounts.Length, await update.ExecuteNonQueryAsync());
        return fileId;
    }
}
