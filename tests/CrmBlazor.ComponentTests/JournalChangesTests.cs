using Bunit;
using CrmBlazor.Application.Journal;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Web.Components.Pages.Administration;

namespace CrmBlazor.ComponentTests;

public sealed class JournalChangesTests : ComponentTest
{
    [Fact]
    public void Journal_change_shows_old_and_new_values()
    {
        var changes = Render<JournalChanges>(p => p.Add(c => c.Row, Row([new FieldChange("Role", "Opérateur", "Superviseur")])));

        var item = Assert.Single(changes.FindAll("ul.crm-changes li"));
        Assert.Equal("Role : Opérateur → Superviseur", Normalize(item.TextContent));
        Assert.Equal("Opérateur", item.QuerySelector(".crm-old")!.TextContent);
        Assert.Equal("Superviseur", item.QuerySelector(".crm-new")!.TextContent);
    }

    [Fact]
    public void Missing_values_show_as_empty_set()
    {
        var changes = Render<JournalChanges>(p => p.Add(c => c.Row, Row(
        [
            new FieldChange("LockoutEnd", null, "2026-11-23T10:00:00Z"),
            new FieldChange("DisplayName", "Olga", null),
        ])));

        var items = changes.FindAll("ul.crm-changes li").Select(li => Normalize(li.TextContent)).ToList();
        Assert.Equal(["LockoutEnd : ∅ → 2026-11-23T10:00:00Z", "DisplayName : Olga → ∅"], items);
    }

    [Fact]
    public void Detail_is_shown_and_an_entry_without_changes_has_no_list()
    {
        var changes = Render<JournalChanges>(p => p.Add(c => c.Row, Row([], "Application d'authentification enregistrée")));

        Assert.Empty(changes.FindAll("ul"));
        Assert.Equal("Application d'authentification enregistrée", changes.Find(".crm-detail").TextContent);
    }

    private static JournalRow Row(IReadOnlyList<FieldChange> changes, string? detail = null) =>
        new(1, DateTimeOffset.UtcNow, "Anne Administratrice", JournalAction.Updated, "staff_users", "42", changes, detail);

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
