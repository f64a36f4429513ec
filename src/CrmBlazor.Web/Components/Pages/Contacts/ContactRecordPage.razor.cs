using CrmBlazor.Application.Contacts;
using CrmBlazor.Infrastructure.Notifications;
using Microsoft.AspNetCore.Components;

namespace CrmBlazor.Web.Components.Pages.Contacts;

/// <summary>
/// The 360° record: the live header, then tabs grouped like TOPDON's. Only the open tab is rendered,
/// so a tab's data is loaded when the tab is opened; the counts come from one cheap query.
/// </summary>
public sealed partial class ContactRecordPage
{
    private ContactTabGroup _group = ContactTabGroup.Summary;
    private int _tabIndex;
    private ContactTabCounts? _counts;
    private string? _title;
    private bool _missing;
    private int _revision;
    private IReadOnlyCollection<string>? _changedParts;

    [Parameter] public long Id { get; set; }

    /// <summary>The tab to open (its catalogue key, e.g. <c>dons</c>), as screens that return to the record ask.</summary>
    [SupplyParameterFromQuery(Name = "onglet")] public string? Tab { get; set; }

    [Inject] private ContactTabCountsHandler Counts { get; set; } = default!;

    protected override void OnParametersSet()
    {
        var key = ContactTabCatalog.All.Any(t => t.Key == Tab) ? Tab : ContactTabCatalog.DefaultTab;
        _group = ContactTabCatalog.All.First(t => t.Key == key).Group;
        _tabIndex = Math.Max(0, Tabs(_group).ToList().FindIndex(t => t.Key == key));
    }

    private static IReadOnlyList<ContactTab> Tabs(ContactTabGroup group) => ContactTabCatalog.All.Where(t => t.Group == group).ToList();

    private async Task OnLoadedAsync(ContactHeaderView? header)
    {
        _missing = header is null;
        _title = header is null ? null : $"{header.DisplayName} · {header.MemberNumber}";
        if (header is not null)
        {
            _counts = await Counts.HandleAsync(Id);
        }
    }

    private async Task OnChangedAsync(ChangeNotice? notice)
    {
        _counts = await Counts.HandleAsync(Id);
        _changedParts = notice?.Payload?.Split(',', StringSplitOptions.RemoveEmptyEntries);
        _revision++;
    }

    private void SelectGroup(ContactTabGroup group)
    {
        _group = group;
        _tabIndex = 0;
    }

    private void SelectTab(int index) => _tabIndex = index;

    private Dictionary<string, object?> TabParameters() => new()
    {
        [nameof(MemberTab.ContactId)] = Id,
        [nameof(MemberTab.Revision)] = _revision,
        [nameof(MemberTab.ChangedParts)] = _changedParts,
    };
}
