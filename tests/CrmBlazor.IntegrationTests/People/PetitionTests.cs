using System.Text;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Contacts;
using CrmBlazor.Application.Petitions;
using CrmBlazor.Application.Resources;
using CrmBlazor.Application.Sponsorships;
using CrmBlazor.Domain.Petitions;
using CrmBlazor.Domain.Sponsorships;
using CrmBlazor.Domain.Staff;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.People;

/// <summary>Signatures entered one by one or imported from CSV, once per petition and contact; sponsorships counted on Infos.</summary>
public sealed class PetitionTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Importing_signatures_finds_contacts_by_number_or_unique_email_reports_the_rest_and_a_reimport_changes_nothing()
    {
        var sami = await App.CreateStaffAsync(StaffRoles.Supervisor, displayName: "Sami Superviseur");
        var campaign = await App.CampaignAsync("MOB", new DateOnly(2026, 1, 1));
        var petition = await App.PetitionAsync("Sauvons le canal", campaign.Id);
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie");
        var paul = await App.CreatePersonAsync("Durand", "Paul", email: "paul.durand@exemple.fr");
        var twinA = await App.CreatePersonAsync("Martin", "Luc", email: "famille@exemple.fr");
        var twinB = await App.CreatePersonAsync("Martin", "Léa", email: "famille@exemple.fr");
        var csv = $"""
            numero;email;date;source
            {marie.MemberNumber};;12/03/2026;papier
            ;Paul.Durand@exemple.fr;13/03/2026;web
            999999999;;13/03/2026;
            ;inconnu@exemple.fr;13/03/2026;
            ;famille@exemple.fr;14/03/2026;
            {marie.MemberNumber};;15/03/2026;
            ;;15/03/2026;
            """;

        var first = await ImportAsync(sami, petition, csv);
        var again = await ImportAsync(sami, petition, csv);

        Assert.Equal(2, first.Added);
        Assert.Equal(1, first.AlreadySigned);
        Assert.Equal(
            [
                new SignatureProblem(4, string.Format(Messages.Petition_ImportUnknownNumber, 999999999)),
                new SignatureProblem(5, string.Format(Messages.Petition_ImportUnknownEmail, "inconnu@exemple.fr")),
                new SignatureProblem(6, string.Format(Messages.Petition_ImportSharedEmail, "famille@exemple.fr", 2)),
                new SignatureProblem(8, "Ni numéro de fiche ni adresse email."),
            ],
            first.Problems);
        Assert.Equal((0, 3, 4), (again.Added, again.AlreadySigned, again.Problems.Count));

        var signatures = await App.QueryAsync(db => db.PetitionSignatures.AsNoTracking().OrderBy(s => s.SignedOn).ToListAsync());
        Assert.Equal(
            [(marie.Id, new DateOnly(2026, 3, 12), SignatureSource.Paper), (paul.Id, new DateOnly(2026, 3, 13), SignatureSource.Web)],
            signatures.Select(s => (s.ContactId, s.SignedOn, s.Source)).ToList());
        Assert.All(signatures, s => Assert.Equal(campaign.Id, s.CampaignId));
        var journal = await App.QueryAsync(db => db.JournalEntries.AsNoTracking().Where(j => j.EntityType == "petition_signatures").ToListAsync());
        Assert.Equal([marie.Id, paul.Id], journal.Select(j => j.ContactId!.Value).Order().ToArray());
        Assert.All(journal, j => Assert.Equal("Sami Superviseur", j.ActorName));
        Assert.DoesNotContain(twinA.Id, signatures.Select(s => s.ContactId));
        Assert.DoesNotContain(twinB.Id, signatures.Select(s => s.ContactId));

        var tab = await App.ActAsync(sami, s => s.GetRequiredService<ContactSignaturesTabHandler>().HandleAsync(marie.Id, new PageRequest(0, 25)));
        var row = Assert.Single(tab.Items);
        Assert.Equal(("Sauvons le canal", campaign.Code), (row.PetitionName, row.CampaignCode));
        Assert.Equal(1, (await App.ActAsync(sami, s => s.GetRequiredService<ContactTabCountsHandler>().HandleAsync(paul.Id))).Signatures);
    }

    [Fact]
    public async Task A_contact_signs_a_petition_once_and_the_database_says_so_too()
    {
        var olga = await App.CreateStaffAsync(StaffRoles.Operator);
        var petition = await App.PetitionAsync("Sauvons le canal", null);
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie");

        var first = await SignAsync(olga, new SignPetitionCommand(marie.Id, petition, new DateOnly(2026, 3, 12), SignatureSource.Phone));
        var twice = await SignAsync(olga, new SignPetitionCommand(marie.Id, petition, new DateOnly(2026, 3, 13), SignatureSource.Web));

        Assert.True(first.Succeeded, string.Join(" ", first.Errors));
        Assert.Equal([Messages.Petition_AlreadySigned], twice.Errors);
        var duplicate = await Assert.ThrowsAsync<DbUpdateException>(() => App.WithDbAsync(async db =>
        {
            db.PetitionSignatures.Add(PetitionSignature.Sign(petition, marie.Id, new DateOnly(2026, 3, 14), null, SignatureSource.Paper));
            return await db.SaveChangesAsync();
        }));
        Assert.True(duplicate.IsUniqueViolation());
    }

    [Fact]
    public async Task Infos_counts_the_sponsorships_active_today_only()
    {
        var olga = await App.CreateStaffAsync(StaffRoles.Operator);
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie");
        var today = CrmBlazor.Domain.Common.ParisTime.Today(App.Services.GetRequiredService<TimeProvider>());
        async Task<long> StartAsync(DateOnly startsOn, DateOnly? endsOn, decimal amount = 25m)
        {
            var started = await App.ActAsync(olga, s => s.GetRequiredService<StartSponsorshipHandler>().HandleAsync(
                new StartSponsorshipCommand(marie.Id, SponsoredKind.Child, "Aïcha", startsOn, endsOn, amount)));
            Assert.True(started.Succeeded, string.Join(" ", started.Errors));
            return started.Value;
        }

        await StartAsync(today.AddMonths(-6), null);
        await StartAsync(today.AddYears(-3), today.AddYears(-1));
        await StartAsync(today.AddMonths(1), null);
        var suspended = await StartAsync(today.AddMonths(-2), null);
        var row = (await App.ActAsync(olga, s => s.GetRequiredService<ContactSponsorshipsTabHandler>().HandleAsync(marie.Id, new PageRequest(0, 25))))
            .Items.Single(r => r.Id == suspended);
        Assert.True((await App.ActAsync(olga, s => s.GetRequiredService<ChangeSponsorshipStatusHandler>()
            .HandleAsync(new SuspendSponsorshipCommand(suspended, row.Version, "Difficultés passagères")))).Succeeded);
        var zero = await App.ActAsync(olga, s => s.GetRequiredService<StartSponsorshipHandler>().HandleAsync(
            new StartSponsorshipCommand(marie.Id, SponsoredKind.Project, "Puits", today, null, 0m)));

        Assert.Equal([Messages.Sponsorship_AmountInvalid], zero.Errors);
        Assert.Equal(1, await App.ActAsync(olga, s => s.GetRequiredService<ContactSponsorshipsTabHandler>().ActiveNowAsync(marie.Id)));
        Assert.Equal(4, (await App.ActAsync(olga, s => s.GetRequiredService<ContactTabCountsHandler>().HandleAsync(marie.Id))).Sponsorships);
    }

    private async Task<SignatureImportReport> ImportAsync(StaffAccount who, long petitionId, string csv)
    {
        var result = await App.ActAsync(who, s => s.GetRequiredService<ImportSignaturesHandler>().HandleAsync(
            new ImportSignaturesCommand(petitionId, Encoding.UTF8.GetBytes(csv))));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.Value!;
    }

    private Task<CommandResult<long>> SignAsync(StaffAccount who, SignPetitionCommand command) =>
        App.ActAsync(who, s => s.GetRequiredService<SignPetitionHandler>().HandleAsync(command));
}
