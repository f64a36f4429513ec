using CrmBlazor.Application.Common;
using CrmBlazor.Application.Contacts;
using CrmBlazor.Application.Journal;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Staff;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Contacts;

/// <summary>Edits of the contact row: journaled, and refused field by field when someone else saved another value meanwhile.</summary>
public sealed class ContactEditingTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Notepad_edit_is_saved_and_journaled_on_the_contact_with_old_and_new_text_and_the_actor()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator, displayName: "Anne Martin");
        var contact = await App.CreatePersonAsync("Lefèvre", "Marie", Civility.Madame, "75011");
        Assert.True((await NotepadAsync(anne, contact.Id, null, "Rappeler en mai")).Succeeded);

        var result = await NotepadAsync(anne, contact.Id, "Rappeler en mai", "  Rappeler en juin  ");

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.Equal("Rappeler en juin", (await App.ContactAsync(contact.Id)).Notepad);
        var journal = await App.ActAsync(anne, s => s.GetRequiredService<ListJournalHandler>()
            .HandleAsync(new ListJournalQuery(ContactId: contact.Id, Action: JournalAction.Updated)));
        var latest = journal.Items[0];
        Assert.Equal(2, journal.TotalCount);
        Assert.Equal("contacts", latest.EntityType);
        Assert.Equal(contact.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), latest.EntityKey);
        Assert.Equal("Anne Martin", latest.ActorName);
        Assert.Equal([new FieldChange("Notepad", "Rappeler en mai", "Rappeler en juin")], latest.Changes);
    }

    [Fact]
    public async Task Second_operator_saving_the_notepad_from_a_stale_text_is_refused_with_the_text_saved_meanwhile()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator, displayName: "Anne Martin");
        var bruno = await App.CreateStaffAsync(StaffRoles.Operator, displayName: "Bruno Petit");
        var contact = await App.CreatePersonAsync("Dupont", "Jean");
        Assert.True((await NotepadAsync(anne, contact.Id, null, "Donateur fidèle")).Succeeded);
        const string bothStartedFrom = "Donateur fidèle";

        var first = await NotepadAsync(anne, contact.Id, bothStartedFrom, "Donateur fidèle, préfère le courrier");
        var second = await NotepadAsync(bruno, contact.Id, bothStartedFrom, "Donateur fidèle, ne pas appeler le soir");

        Assert.True(first.Succeeded, string.Join(" ", first.Errors));
        var error = Assert.Single(second.Errors);
        Assert.Equal(string.Format(Messages.Contact_Conflict, "Donateur fidèle, préfère le courrier"), error);
        Assert.Contains("« Donateur fidèle, préfère le courrier »", error, StringComparison.Ordinal);
        Assert.Equal("Donateur fidèle, préfère le courrier", (await App.ContactAsync(contact.Id)).Notepad);
    }

    [Fact]
    public async Task Conflict_on_an_emptied_notepad_shows_it_as_empty()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var bruno = await App.CreateStaffAsync(StaffRoles.Operator);
        var contact = await App.CreatePersonAsync("Dupont", "Jean");
        Assert.True((await NotepadAsync(anne, contact.Id, null, "À rappeler")).Succeeded);
        Assert.True((await NotepadAsync(anne, contact.Id, "À rappeler", "   ")).Succeeded);

        var stale = await NotepadAsync(bruno, contact.Id, "À rappeler", "Rappelé le 3");

        Assert.Equal([string.Format(Messages.Contact_Conflict, Messages.Contact_EmptyValue)], stale.Errors);
        Assert.Null((await App.ContactAsync(contact.Id)).Notepad);
    }

    [Fact]
    public async Task Second_operator_saving_memos_from_stale_values_is_refused_and_the_first_memos_are_kept()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var bruno = await App.CreateStaffAsync(StaffRoles.Operator);
        var contact = await App.CreatePersonAsync("Martin", "Hélène");
        var seen = new ContactMemos("Ancienne bénévole", null, null, null);
        Assert.True((await MemosAsync(anne, contact.Id, new ContactMemos(null, null, null, null), seen)).Succeeded);

        var first = await MemosAsync(anne, contact.Id, seen, seen with { Alert = "Ne plus solliciter par téléphone" });
        var second = await MemosAsync(bruno, contact.Id, seen, seen with { Legacy = "Intéressée par un legs" });

        Assert.True(first.Succeeded, string.Join(" ", first.Errors));
        var error = Assert.Single(second.Errors);
        Assert.Contains("Ne plus solliciter par téléphone", error, StringComparison.Ordinal);
        Assert.StartsWith("Modifié entre-temps par quelqu'un d'autre.", error, StringComparison.Ordinal);
        var saved = await App.ContactAsync(contact.Id);
        Assert.Equal(new ContactMemos("Ancienne bénévole", "Ne plus solliciter par téléphone", null, null), saved.Memos);
    }

    [Fact]
    public async Task Memos_edit_succeeds_while_another_operator_changed_only_the_notepad()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var bruno = await App.CreateStaffAsync(StaffRoles.Operator);
        var contact = await App.CreatePersonAsync("Martin", "Hélène");
        var memos = new ContactMemos(null, null, null, null);

        var notepad = await NotepadAsync(anne, contact.Id, null, "Appelée le 12");
        var memoEdit = await MemosAsync(bruno, contact.Id, memos, memos with { General = "Préfère les courriels" });

        Assert.True(notepad.Succeeded, string.Join(" ", notepad.Errors));
        Assert.True(memoEdit.Succeeded, string.Join(" ", memoEdit.Errors));
        var saved = await App.ContactAsync(contact.Id);
        Assert.Equal("Appelée le 12", saved.Notepad);
        Assert.Equal("Préfère les courriels", saved.GeneralMemo);
    }

    [Fact]
    public async Task Contact_is_suspended_with_NPAI_from_a_date_then_the_suspension_is_lifted()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var contact = await App.CreatePersonAsync("Dupont", "Jean", postalCode: "69003", city: "Lyon");
        var npai = await App.SuspensionCodeAsync(SuspensionCode.ReturnedMail);
        var before = (await App.HeaderAsync(contact.Id)).Markers;
        var suspended = new ContactMarkers(npai, new DateOnly(2025, 3, 4), NoSolicitation: true, ReceiptPreference.Annual);

        var suspend = await MarkersAsync(anne, new SetMarkersCommand(contact.Id, before, suspended));
        var header = await App.HeaderAsync(contact.Id);
        var lift = await MarkersAsync(anne, new SetMarkersCommand(contact.Id, header.Markers, suspended with { SuspensionCodeId = null, SuspendedOn = null }));

        Assert.True(suspend.Succeeded, string.Join(" ", suspend.Errors));
        Assert.Equal(suspended, header.Markers);
        Assert.Equal("N'habite pas à l'adresse indiquée", header.SuspensionLabel);
        Assert.True(lift.Succeeded, string.Join(" ", lift.Errors));
        var saved = await App.ContactAsync(contact.Id);
        Assert.Null(saved.SuspensionCodeId);
        Assert.Null(saved.SuspendedOn);
        Assert.True(saved.NoSolicitation);
        Assert.Equal(ReceiptPreference.Annual, saved.ReceiptPreference);
    }

    [Fact]
    public async Task Suspension_without_a_date_or_with_an_unknown_code_is_refused_in_French()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var contact = await App.CreatePersonAsync("Dupont", "Jean");
        var npai = await App.SuspensionCodeAsync(SuspensionCode.ReturnedMail);
        var before = (await App.HeaderAsync(contact.Id)).Markers;

        var undated = await MarkersAsync(anne, new SetMarkersCommand(contact.Id, before, before with { SuspensionCodeId = npai }));
        var unknown = await MarkersAsync(anne, new SetMarkersCommand(
            contact.Id, before, before with { SuspensionCodeId = npai + 1000, SuspendedOn = new DateOnly(2025, 1, 1) }));

        Assert.Equal([Messages.Contact_SuspensionNeedsDate], undated.Errors);
        Assert.Equal([Messages.Contact_SuspensionCodeUnknown], unknown.Errors);
        Assert.Null((await App.ContactAsync(contact.Id)).SuspensionCodeId);
    }

    [Fact]
    public async Task Identity_edit_renames_the_person_and_is_journaled()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator, displayName: "Anne Martin");
        var contact = await App.CreatePersonAsync("Lefevre", "Marie", Civility.Madame);
        var seen = (await App.HeaderAsync(contact.Id)).Identity;

        var result = await IdentityAsync(anne, new EditIdentityCommand(
            contact.Id, seen, seen with { FirstName = "Marie-Anne", LastName = "Lefèvre", BirthDate = new DateOnly(1956, 4, 2) }));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var header = await App.HeaderAsync(contact.Id);
        Assert.Equal("Mme Marie-Anne LEFÈVRE", header.DisplayName);
        Assert.Equal(new DateOnly(1956, 4, 2), header.Identity.BirthDate);
        var journal = await App.ActAsync(anne, s => s.GetRequiredService<ListJournalHandler>()
            .HandleAsync(new ListJournalQuery(Actor: "Anne Martin", ContactId: contact.Id)));
        var row = Assert.Single(journal.Items);
        Assert.Contains(new FieldChange("FirstName", "Marie", "Marie-Anne"), row.Changes);
        Assert.Contains(new FieldChange("LastName", "Lefevre", "Lefèvre"), row.Changes);
    }

    [Fact]
    public async Task Identity_edit_from_a_stale_name_is_refused_with_the_current_name()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var bruno = await App.CreateStaffAsync(StaffRoles.Operator);
        var contact = await App.CreatePersonAsync("Dupont", "Jean", Civility.Monsieur);
        var seen = (await App.HeaderAsync(contact.Id)).Identity;

        var first = await IdentityAsync(anne, new EditIdentityCommand(contact.Id, seen, seen with { FirstName = "Jean-Pierre" }));
        var second = await IdentityAsync(bruno, new EditIdentityCommand(contact.Id, seen, seen with { LastName = "Dupond" }));

        Assert.True(first.Succeeded, string.Join(" ", first.Errors));
        Assert.Equal([string.Format(Messages.Contact_Conflict, "M. Jean-Pierre DUPONT")], second.Errors);
        Assert.Equal("Dupont", (await App.ContactAsync(contact.Id)).LastName);
    }

    [Fact]
    public async Task Organisation_SIRET_with_a_wrong_key_is_refused_in_French_and_a_valid_one_is_saved_without_spaces()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var amis = await App.CreateOrganisationAsync("Association Les Amis du Rhône");
        var seen = (await App.HeaderAsync(amis.Id)).Identity;

        var invalid = await IdentityAsync(anne, new EditIdentityCommand(amis.Id, seen, seen with { Siret = "732 829 320 00075" }));
        var valid = await IdentityAsync(anne, new EditIdentityCommand(amis.Id, seen, seen with { Siret = "732 829 320 00074" }));

        Assert.Equal([Messages.Contact_SiretInvalid], invalid.Errors);
        Assert.Equal("Le SIRET compte 14 chiffres et sa clé de contrôle doit être juste.", Messages.Contact_SiretInvalid);
        Assert.True(valid.Succeeded, string.Join(" ", valid.Errors));
        Assert.Equal("73282932000074", (await App.ContactAsync(amis.Id)).Siret);
    }

    [Fact]
    public async Task Creating_an_organisation_with_an_invalid_SIRET_is_refused_in_French()
    {
        var generic = await App.GenericCampaignAsync();
        var command = new CreateContactCommand(
            ContactKind.Organisation, null, null, null, "Les Amis du Rhône", "12345678901234", OrganisationKind.Association, null, null, null, null,
            PhoneType.Work, generic, DuplicatesConfirmed: true);

        var outcome = await App.ActAsync(ContactTestData.Builder, s => s.GetRequiredService<CreateContactHandler>().HandleAsync(command));

        Assert.False(outcome.Created);
        Assert.Equal([Messages.Contact_SiretInvalid], outcome.Errors);
    }

    private Task<CommandResult> NotepadAsync(StaffAccount actor, long contactId, string? expected, string? text) =>
        App.ActAsync(actor, s => s.GetRequiredService<EditNotepadHandler>().HandleAsync(new EditNotepadCommand(contactId, expected, text)));

    private Task<CommandResult> MemosAsync(StaffAccount actor, long contactId, ContactMemos expected, ContactMemos memos) =>
        App.ActAsync(actor, s => s.GetRequiredService<EditMemosHandler>().HandleAsync(new EditMemosCommand(contactId, expected, memos)));

    private Task<CommandResult> MarkersAsync(StaffAccount actor, SetMarkersCommand command) =>
        App.ActAsync(actor, s => s.GetRequiredService<SetMarkersHandler>().HandleAsync(command));

    private Task<CommandResult> IdentityAsync(StaffAccount actor, EditIdentityCommand command) =>
        App.ActAsync(actor, s => s.GetRequiredService<EditIdentityHandler>().HandleAsync(command));
}
