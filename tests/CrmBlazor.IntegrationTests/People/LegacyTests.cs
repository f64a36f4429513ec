using CrmBlazor.Application.Common;
using CrmBlazor.Application.Legacies;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Legacies;
using CrmBlazor.Domain.Staff;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.People;

/// <summary>The legacy steps: stamped with today's Paris date, journaled, undone only with a reason, listed by step and date.</summary>
public sealed class LegacyTests(CrmAppFixture app) : IntegrationTest(app)
{
    private DateOnly Today => ParisTime.Today(App.Services.GetRequiredService<TimeProvider>());

    [Fact]
    public async Task Pressing_promesse_de_legs_stamps_today_and_journals_the_step_on_the_contact()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator, displayName: "Anne Martin");
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie");

        var result = await RecordAsync(anne, new RecordLegacyStepCommand(marie.Id, LegacyStep.Pledged, null));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var view = await ViewAsync(anne, marie.Id);
        Assert.Equal((LegacyStep.Pledged, Today, (DateOnly?)null), (view.CurrentStep, view.PledgedOn, view.InformationSentOn));
        var entry = Assert.Single(await JournalAsync(marie.Id));
        Assert.Equal((JournalAction.Created, "Anne Martin"), (entry.Action, entry.ActorName));
        Assert.Contains(new FieldChange("PledgedOn", null, Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), entry.Changes);
    }

    [Fact]
    public async Task Information_sent_points_at_a_document_of_the_contact_only()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie");
        var other = await App.CreatePersonAsync("Durand", "Paul");
        var brochure = await UploadAsync(anne, marie.Id);
        var foreign = await UploadAsync(anne, other.Id);

        var refused = await RecordAsync(anne, new RecordLegacyStepCommand(marie.Id, LegacyStep.InformationSent, null, foreign));
        var recorded = await RecordAsync(anne, new RecordLegacyStepCommand(marie.Id, LegacyStep.InformationSent, null, brochure));

        Assert.Equal([Messages.Legacy_DocumentNotOfContact], refused.Errors);
        Assert.True(recorded.Succeeded, string.Join(" ", recorded.Errors));
        var view = await ViewAsync(anne, marie.Id);
        Assert.Equal((Today, brochure, "Brochure legs"), (view.InformationSentOn, view.InformationDocumentId, view.InformationDocumentTitle));
    }

    [Fact]
    public async Task Undoing_a_step_needs_a_reason_and_journals_the_cleared_date_with_the_reason()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator, displayName: "Anne Martin");
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie");
        Assert.True((await RecordAsync(anne, new RecordLegacyStepCommand(marie.Id, LegacyStep.Pledged, null))).Succeeded);
        var seen = await ViewAsync(anne, marie.Id);

        var withoutReason = await UndoAsync(anne, new UndoLegacyStepCommand(marie.Id, LegacyStep.Pledged, seen.Version!.Value, "  "));
        var undone = await UndoAsync(anne, new UndoLegacyStepCommand(marie.Id, LegacyStep.Pledged, seen.Version!.Value, "Saisie sur la mauvaise fiche"));

        Assert.Equal([Messages.Money_ReasonRequired], withoutReason.Errors);
        Assert.True(undone.Succeeded, string.Join(" ", undone.Errors));
        var view = await ViewAsync(anne, marie.Id);
        Assert.Equal((LegacyStep.None, (DateOnly?)null, "Saisie sur la mauvaise fiche"), (view.CurrentStep, view.PledgedOn, view.UndoReason));
        var update = Assert.Single(await JournalAsync(marie.Id), j => j.Action == JournalAction.Updated);
        var today = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(
            [new FieldChange("PledgedOn", today, null), new FieldChange("UndoReason", null, "Saisie sur la mauvaise fiche")],
            update.Changes.OrderBy(c => c.Field).ToList());
    }

    [Fact]
    public async Task A_step_pressed_from_a_stale_screen_is_refused_and_confirming_needs_a_pledge()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var bruno = await App.CreateStaffAsync(StaffRoles.Operator);
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie");

        var confirmFirst = await RecordAsync(anne, new RecordLegacyStepCommand(marie.Id, LegacyStep.Confirmed, null));
        Assert.True((await RecordAsync(anne, new RecordLegacyStepCommand(marie.Id, LegacyStep.InformationSent, null))).Succeeded);
        var stale = await RecordAsync(bruno, new RecordLegacyStepCommand(marie.Id, LegacyStep.InformationSent, null));

        Assert.Equal(["Seule une promesse enregistrée peut être confirmée."], confirmFirst.Errors);
        Assert.Equal([Messages.Legacy_ChangedMeanwhile], stale.Errors);
        Assert.Equal(1, await App.QueryAsync(db => db.Legacies.CountAsync()));
    }

    [Fact]
    public async Task The_testators_list_filters_by_current_step_and_the_date_it_was_reached()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var informed = await App.CreatePersonAsync("Arnaud", "Alice");
        var pledged = await App.CreatePersonAsync("Bernard", "Bruno");
        var confirmed = await App.CreatePersonAsync("Caron", "Chloé");
        foreach (var (contact, steps) in new[]
                 {
                     (informed, new[] { LegacyStep.InformationSent }),
                     (pledged, new[] { LegacyStep.InformationSent, LegacyStep.Pledged }),
                     (confirmed, new[] { LegacyStep.Pledged, LegacyStep.Confirmed }),
                 })
        {
            foreach (var step in steps)
            {
                var version = (await ViewAsync(anne, contact.Id)).Version;
                Assert.True((await RecordAsync(anne, new RecordLegacyStepCommand(contact.Id, step, version))).Succeeded);
            }
        }

        // Back-date the pledge of the second file, as if pressed in March.
        await using (var connection = await App.OpenConnectionAsync())
        await using (var backDate = new Npgsql.NpgsqlCommand(
            "UPDATE legacies SET information_sent_on = DATE '2026-02-10', pledged_on = DATE '2026-03-15' WHERE contact_id = @c", connection))
        {
            backDate.Parameters.AddWithValue("c", pledged.Id);
            await backDate.ExecuteNonQueryAsync();
        }

        var all = await ListAsync(anne, new ListLegaciesQuery(null, null, null, new PageRequest(0, 50)));
        var atPledge = await ListAsync(anne, new ListLegaciesQuery(LegacyStep.Pledged, null, null, new PageRequest(0, 50)));
        var inMarch = await ListAsync(anne, new ListLegaciesQuery(null, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), new PageRequest(0, 50)));
        var sinceToday = await ListAsync(anne, new ListLegaciesQuery(null, Today, null, new PageRequest(0, 1)));

        Assert.Equal(3, all.TotalCount);
        var row = Assert.Single(atPledge.Items);
        Assert.Equal((pledged.Id, LegacyStep.Pledged, (DateOnly?)new DateOnly(2026, 3, 15), "Bruno BERNARD"), (row.ContactId, row.Step, row.Since, row.DisplayName));
        Assert.Equal(pledged.Id, Assert.Single(inMarch.Items).ContactId);
        Assert.Equal(2, sinceToday.TotalCount);
        Assert.Single(sinceToday.Items);
    }

    private Task<CommandResult> RecordAsync(StaffAccount who, RecordLegacyStepCommand command) =>
        App.ActAsync(who, s => s.GetRequiredService<RecordLegacyStepHandler>().HandleAsync(command));

    private Task<CommandResult> UndoAsync(StaffAccount who, UndoLegacyStepCommand command) =>
        App.ActAsync(who, s => s.GetRequiredService<UndoLegacyStepHandler>().HandleAsync(command));

    private Task<LegacyView> ViewAsync(StaffAccount who, long contactId) =>
        App.ActAsync(who, s => s.GetRequiredService<ContactLegacyHandler>().HandleAsync(contactId));

    private Task<PagedResult<LegacyRow>> ListAsync(StaffAccount who, ListLegaciesQuery query) =>
        App.ActAsync(who, s => s.GetRequiredService<ListLegaciesHandler>().HandleAsync(query));

    private Task<List<JournalEntry>> JournalAsync(long contactId) =>
        App.QueryAsync(db => db.JournalEntries.AsNoTracking().Where(j => j.ContactId == contactId && j.EntityType == "legacies").OrderBy(j => j.Id).ToListAsync());

    private async Task<long> UploadAsync(StaffAccount who, long contactId)
    {
        var uploaded = await App.ActAsync(who, s => s.GetRequiredService<CrmBlazor.Application.Documents.UploadDocumentHandler>().HandleAsync(
            new CrmBlazor.Application.Documents.UploadDocument(contactId, "Brochure legs", "brochure.pdf", "application/pdf", "%PDF-1.4 brochure"u8.ToArray())));
        Assert.True(uploaded.Succeeded, string.Join(" ", uploaded.Errors));
        return uploaded.Value;
    }
}
