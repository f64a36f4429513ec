using Microsoft.AspNetCore.Components;

namespace CrmBlazor.Web.Components.Pages.Contacts;

/// <summary>A record tab: loads when first shown and again whenever the record reports a change.</summary>
public abstract class ContactTabBase : ComponentBase
{
    private int? _loadedRevision;

    [Parameter] public long ContactId { get; set; }

    /// <summary>Bumped by the record page on every change to the contact.</summary>
    [Parameter] public int Revision { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedRevision != Revision)
        {
            _loadedRevision = Revision;
            await LoadAsync();
        }
    }

    protected abstract Task LoadAsync();
}
