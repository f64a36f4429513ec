using Bunit;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Web.Components.Pages.Contacts;

namespace CrmBlazor.ComponentTests.Payments;

/// <summary>A record tab reloads when a change touches what it shows, and not for the rest of the record.</summary>
public sealed class ContactTabRefreshTests : ComponentTest
{
    [Fact]
    public void A_tab_loads_once_when_shown()
    {
        var tab = Render<GiftsLikeTab>(p => p.Add(t => t.ContactId, 1L).Add(t => t.Revision, 0));

        Assert.Equal(1, tab.Instance.Loads);
    }

    [Fact]
    public void A_change_to_its_own_part_reloads_it_and_a_change_elsewhere_does_not()
    {
        var tab = Render<GiftsLikeTab>(p => p.Add(t => t.ContactId, 1L).Add(t => t.Revision, 0));

        tab.Render(p => p.Add(t => t.Revision, 1).Add(t => t.ChangedParts, [ContactParts.Notepad]));
        Assert.Equal(1, tab.Instance.Loads);
        tab.Render(p => p.Add(t => t.Revision, 2).Add(t => t.ChangedParts, [ContactParts.Orders, ContactParts.Donations]));
        Assert.Equal(2, tab.Instance.Loads);
    }

    [Fact]
    public void A_change_whose_parts_are_unknown_reloads_it()
    {
        var tab = Render<GiftsLikeTab>(p => p.Add(t => t.ContactId, 1L).Add(t => t.Revision, 0));

        tab.Render(p => p.Add(t => t.Revision, 1).Add(t => t.ChangedParts, null));

        Assert.Equal(2, tab.Instance.Loads);
    }

    private sealed class GiftsLikeTab : ContactTabBase
    {
        public int Loads { get; private set; }

        protected override IReadOnlyCollection<string> Parts => [ContactParts.Donations];

        protected override Task LoadAsync()
        {
            Loads++;
            return Task.CompletedTask;
        }
    }
}
