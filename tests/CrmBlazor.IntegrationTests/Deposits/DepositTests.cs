using CrmBlazor.Application.Batches;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Deposits;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Documents;
using CrmBlazor.IntegrationTests.Batches;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.Organisation;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Deposits;

/// <summary>Bank deposits: validated batches only, each batch once, totals from the payments, the slip kept as a document.</summary>
public sealed class DepositTests : IntegrationTest
{
    private static readonly DateOnly DepositDay = new(2026, 3, 6);

    private static readonly Actor Supervisor = MoneyTestData.Supervisor;

    public DepositTests(CrmAppFixture app)
        : base(app) => SlipPdf.EnsureLicensed();

    [Fact]
    public async Task Only_validated_batches_not_yet_deposited_are_offered_and_accepted()
    {
        await App.SaveProfileAsync();
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var open = await App.OpenBatchAsync(1, 10m);
        await App.ReceiveCashAsync(open.Id, jean.Id, 10m);
        var validated = await ValidatedBatchAsync(jean.Id, 20m);
        var deposited = await ValidatedBatchAsync(jean.Id, 30m);
        Assert.True((await PrepareAsync(deposited.Id)).Succeeded);

        var offered = await ToDepositAsync();
        var openRefused = await PrepareAsync(open.Id);

        Assert.Equal([validated.Number], offered.Select(b => b.Number));
        Assert.Equal([$"Le lot n° {open.Number} doit être validé avant d'être remis en banque."], openRefused.Errors);
        Assert.Equal(1, await App.QueryAsync(db => db.BankDeposits.CountAsync()));
    }

    [Fact]
    public async Task A_batch_never_goes_into_two_deposits_even_when_two_supervisors_prepare_at_once()
    {
        await App.SaveProfileAsync();
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var batch = await ValidatedBatchAsync(jean.Id, 45m);

        var attempts = await Task.WhenAll(PrepareAsync(batch.Id), PrepareAsync(batch.Id));
        var later = await PrepareAsync(batch.Id);

        Assert.Single(attempts, a => a.Succeeded);
        var refusal = $"Le lot n° {batch.Number} est déjà dans une remise.";
        Assert.Equal([refusal], attempts.Single(a => !a.Succeeded).Errors);
        Assert.Equal([refusal], later.Errors);
        Assert.Equal((1, 1), await App.QueryAsync(async db => (await db.BankDeposits.CountAsync(), await db.Documents.CountAsync())));
    }

    [Fact]
    public async Task Without_an_organisation_identity_the_deposit_is_refused()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var batch = await ValidatedBatchAsync(jean.Id, 45m);

        var result = await PrepareAsync(batch.Id);

        Assert.Equal([Messages.Deposit_NoOrganisation], result.Errors);
        Assert.Null((await App.BatchAsync(batch.Id)).Batch.DepositId);
        Assert.Equal(0, await App.QueryAsync(db => db.BankDeposits.CountAsync()));
    }

    [Fact]
    public async Task Totals_come_from_the_payments_and_the_slip_is_stored_with_every_cheque()
    {
        await App.SaveProfileAsync();
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie", Civility.Madame);
        var amis = await App.CreateOrganisationAsync("Les Amis du Rhône");
        var first = await App.OpenBatchAsync(3, 1354.5m);
        await App.ReceiveChequeAsync(first.Id, marie.Id, 1234.5m, "Crédit Agricole", "5550001");
        await App.ReceiveChequeAsync(first.Id, amis.Id, 100m, "Société Générale", "5550002", drawer: "M. Paul Martin");
        await App.ReceiveCashAsync(first.Id, marie.Id, 20m);
        var bounced = await App.ReceiveChequeAsync(first.Id, marie.Id, 999m, "CIC", "5550003");
        await App.CancelPaymentAsync(bounced);
        await App.ValidateAsync(first.Id);
        var second = await App.OpenBatchAsync(2, 65m);
        await App.ReceiveChequeAsync(second.Id, amis.Id, 50m, "LCL", "5550004");
        await App.ReceiveCashAsync(second.Id, amis.Id, 15m);
        await App.ValidateAsync(second.Id);

        var result = await PrepareAsync(first.Id, second.Id);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var prepared = result.Value!;
        var deposits = await App.ActAsync(Supervisor, s => s.GetRequiredService<ListDepositsHandler>()
            .HandleAsync(new ListDepositsQuery(new PageRequest(0, 10))));
        var row = Assert.Single(deposits.Items);
        Assert.Equal(
            (prepared.Number, DepositDay, 3, 1384.5m, 2, 35m, 1419.5m, (long?)prepared.SlipDocumentId, Supervisor.Name),
            (row.Number, row.DepositedOn, row.ChequeCount, row.ChequeTotal, row.CashCount, row.CashTotal, row.Total, row.SlipDocumentId, row.CreatedBy));
        Assert.Equal([first.Number, second.Number], row.BatchNumbers);
        Assert.All(await App.QueryAsync(db => db.PaymentBatches.AsNoTracking().ToListAsync()), b => Assert.Equal(prepared.Id, b.DepositId));

        var document = await App.QueryAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.Id == prepared.SlipDocumentId));
        Assert.Equal((DocumentKind.DepositSlip, (long?)null, "application/pdf", $"Bordereau de remise en banque n° {prepared.Number}"),
            (document.Kind, document.ContactId, document.ContentType, document.Title));
        var bytes = await App.Services.GetRequiredService<IDocumentStore>().GetAsync(document.StorageKey!, CancellationToken.None);
        Assert.NotNull(bytes);
        Assert.Equal(document.SizeBytes, bytes.Length);
        var text = SlipPdf.Text(bytes);
        foreach (var expected in new[]
                 {
                     $"Remise n° {prepared.Number}", "du 06/03/2026", "Les Amis de la Forêt", "Banque : Crédit Mutuel",
                     "IBAN : FR76 3000 6000 0112 3456 7890 189", $"Lots d'encaissement : {first.Number}, {second.Number}",
                     "1 Mme Marie LEFÈVRE Crédit Agricole 5550001 1 234,50 €",
                     "2 M. Paul Martin Société Générale 5550002 100,00 €",
                     "3 Les Amis du Rhône LCL 5550004 50,00 €",
                     "Nombre de chèques : 3", "Total des chèques : 1 384,50 €",
                     "Nombre de versements en espèces : 2", "Total des espèces : 35,00 €",
                     "Total de la remise : 1 419,50 €",
                 })
        {
            Assert.True(text.Contains(expected, StringComparison.Ordinal), $"« {expected} » is missing from the slip:\n{text}");
        }

        Assert.DoesNotContain("5550003", text, StringComparison.Ordinal);
    }

    private async Task<OpenedBatch> ValidatedBatchAsync(long contactId, decimal amount)
    {
        var batch = await App.OpenBatchAsync(1, amount);
        await App.ReceiveCashAsync(batch.Id, contactId, amount);
        await App.ValidateAsync(batch.Id);
        return batch;
    }

    private Task<CommandResult<PreparedDeposit>> PrepareAsync(params long[] batchIds) =>
        App.ActAsync(Supervisor, s => s.GetRequiredService<PrepareDepositHandler>().HandleAsync(new PrepareDepositCommand(batchIds, DepositDay)));

    private async Task<IReadOnlyList<BatchRow>> ToDepositAsync() =>
        (await App.ActAsync(Supervisor, s => s.GetRequiredService<ListBatchesHandler>()
            .HandleAsync(new ListBatchesQuery(BatchFilter.ToDeposit, new PageRequest(0, 50))))).Items;
}
