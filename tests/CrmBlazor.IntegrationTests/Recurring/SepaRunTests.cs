using System.Xml.Linq;
using CrmBlazor.Application.Recurring.Sepa;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Documents;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CrmBlazor.IntegrationTests.Recurring;

public sealed class SepaRunTests(CrmAppFixture app) : IntegrationTest(app)
{
    private static readonly XNamespace Pain = "urn:iso:std:iso:20022:tech:xsd:pain.008.001.02";
    private static readonly DateOnly AprilFirst = new(2026, 4, 1);

    [Fact]
    public async Task The_run_writes_one_valid_pain008_file_per_collection_date_with_FRST_then_RCUR_kept_in_documents()
    {
        await App.CreditorAsync();
        var marie = await App.PersonAsync();
        var jean = await App.PersonAsync("Martin", "Jean");
        var (newMandate, _) = await App.DirectDebitAsync(marie, 20m, 10, new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1));
        var (usedMandate, _) = await App.DirectDebitAsync(jean, 25.5m, 10, new DateOnly(2025, 1, 2), new DateOnly(2026, 4, 1), iban: "fr76 3000 4000 0312 3456 7890 143");
        await UsedAsync(usedMandate, new DateOnly(2026, 3, 10));

        var outcome = await App.RunSchedulingAsync(AprilFirst);

        Assert.Equal(2, outcome.SepaTransactions);
        var fileId = Assert.Single(outcome.SepaFileIds);
        var bytes = await FileAsync(fileId);
        using (var stream = new MemoryStream(bytes))
        {
            Assert.Empty(Pain008Schema.Validate(stream));
        }

        var xml = XDocument.Load(new MemoryStream(bytes));
        Assert.Equal("2", xml.Descendants(Pain + "GrpHdr").Single().Element(Pain + "NbOfTxs")!.Value);
        Assert.Equal("45.50", xml.Descendants(Pain + "GrpHdr").Single().Element(Pain + "CtrlSum")!.Value);
        var blocks = xml.Descendants(Pain + "PmtInf").ToList();
        Assert.Equal(["FRST", "RCUR"], blocks.Select(b => b.Descendants(Pain + "SeqTp").Single().Value));
        Assert.All(blocks, b => Assert.Equal("2026-04-10", b.Element(Pain + "ReqdColltnDt")!.Value));
        Assert.All(xml.Descendants(Pain + "CdtrSchmeId"), c => Assert.Equal(SchedulingTestData.CreditorId, c.Descendants(Pain + "Othr").Single().Element(Pain + "Id")!.Value));

        var instalments = await App.InstalmentsAsync();
        Assert.All(instalments, i => Assert.Equal(fileId, i.SepaFileId));
        Assert.Equal(
            instalments.Select(i => i.EndToEndId).Order(),
            xml.Descendants(Pain + "EndToEndId").Select(e => (string?)e.Value).Order());
        var mandates = await App.QueryAsync(db => db.SepaMandates.AsNoTracking().ToDictionaryAsync(m => m.Id));
        Assert.Equal(new DateOnly(2026, 4, 10), mandates[newMandate].LastCollectionOn);
        Assert.Equal(SepaSequence.Recurring, mandates[newMandate].NextSequence);

        var again = await App.RunSchedulingAsync(AprilFirst);
        Assert.Empty(again.SepaFileIds);
    }

    [Fact]
    public async Task A_debit_nobody_returned_counts_five_days_after_its_collection_date_and_reaches_the_donor_summary()
    {
        await App.CreditorAsync();
        var marie = await App.PersonAsync();
        await App.DirectDebitAsync(marie, 20m, 10, new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1));
        await App.RunSchedulingAsync(AprilFirst);

        var early = await App.FollowUpAsync(new DateOnly(2026, 4, 14));
        var due = await App.FollowUpAsync(new DateOnly(2026, 4, 15));
        var again = await App.FollowUpAsync(new DateOnly(2026, 4, 16));

        Assert.Equal((0, 1, 0), (early.DebitsSettled, due.DebitsSettled, again.DebitsSettled));
        var instalment = Assert.Single(await App.InstalmentsAsync());
        Assert.Equal((InstalmentStatus.Collected, new DateOnly(2026, 4, 10)), (instalment.Status, instalment.CollectedOn));
        var donation = await App.QueryAsync(db => db.Donations.AsNoTracking().SingleAsync(d => d.Id == instalment.DonationId));
        Assert.Equal(DonationStatus.Collected, donation.Status);
        var summary = await App.QueryAsync(db => db.DonorSummaries.AsNoTracking().SingleAsync(s => s.ContactId == marie));
        Assert.Equal(20m, summary.LifetimeTotal);
        Assert.Contains(await App.JournalAsync(), e => e.EntityType == "instalments" && e.EntityKey == instalment.DonationId.ToString()
            && e.Changes.Any(c => c.Field == "Status" && c.New == "Collected"));
    }

    [Fact]
    public async Task A_mandate_unused_for_36_months_lapses_at_night_and_its_gift_stops()
    {
        var marie = await App.PersonAsync();
        var (mandate, gift) = await App.DirectDebitAsync(marie, 20m, 10, new DateOnly(2023, 3, 1), new DateOnly(2023, 3, 1));

        var before = await App.FollowUpAsync(new DateOnly(2026, 3, 1));
        var after = await App.FollowUpAsync(new DateOnly(2026, 3, 2));

        Assert.Equal((0, 1, 1), (before.MandatesLapsed, after.MandatesLapsed, after.GiftsStopped));
        var lapsed = await App.QueryAsync(db => db.SepaMandates.AsNoTracking().SingleAsync(m => m.Id == mandate));
        Assert.Equal(MandateStatus.Lapsed, lapsed.Status);
        var stopped = await App.GiftAsync(gift);
        Assert.Equal(RecurringGiftStatus.Cancelled, stopped.Status);
        Assert.Contains("caduc", stopped.StatusReason);
    }

    private Task UsedAsync(long mandateId, DateOnly on) =>
        App.WithDbAsync(async db =>
        {
            var mandate = await db.SepaMandates.SingleAsync(m => m.Id == mandateId);
            mandate.RecordCollection(on);
            return await db.SaveChangesAsync();
        });

    private Task<byte[]> FileAsync(long documentId) =>
        App.ActAsync(SchedulingTestData.Supervisor, async s =>
        {
            var document = await s.GetRequiredService<IDbContextFactory<Infrastructure.Data.AppDbContext>>().CreateDbContext()
                .Documents.AsNoTracking().SingleAsync(d => d.Id == documentId);
            Assert.Equal(Domain.Documents.DocumentKind.SepaDebitFile, document.Kind);
            return (await s.GetRequiredService<IDocumentStore>().GetAsync(document.StorageKey!, CancellationToken.None))!;
        });
}
