using Microsoft.AspNetCore.Components;

namespace CrmBlazor.Web.Components.Pages.Contacts;

/// <summary>A record tab: loads when first shown and again whenever the record reports a change it shows.</summary>
public abstract class ContactTabBase : ComponentBase
{
    private int? _loadedRevision;

    [Parameter] public long ContactId { get; set; }

    /// <summary>Bumped by the record page on every change to the contact.</summary>
    [Parameter] public int Revision { get; set; }

    /// <summary>The parts of the contact (<c>ContactParts</c>) the latest change touched; null when not known.</summary>
    [Parameter] public IReadOnlyCollection<string>? ChangedParts { get; set; }

    /// <summary>The parts this tab shows; a tab that names none reloads on any change.</summary>
    protected virtual IReadOnlyCollection<string> Parts => [];

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedRevision != Revision)
        {
            var firstLoad = _loadedRevision is null;
            _loadedRevision = Revision;
            if (firstLoad || Shows(ChangedParts))
            {
                await LoadAsync();
            }
        }
    }

    protected abstract Task LoadAsync();

    private bool Shows(IReadOnlyCollection<string>? changed) => changed is null || Parts.Count == 0 || Parts.Any(changed.Contains);
}
