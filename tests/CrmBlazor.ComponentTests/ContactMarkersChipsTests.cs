using Bunit;
using CrmBlazor.Application.Contacts;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Web.Components.Contacts;

namespace CrmBlazor.ComponentTests;

public sealed class ContactMarkersChipsTests : ComponentTest
{
    [Fact]
    public void A_suspended_stop_promo_contact_shows_both_markers_and_the_receipt_preference_in_French()
    {
        var markers = new ContactMarkers(7, new DateOnly(2026, 3, 31), NoSolicitation: true, ReceiptPreference.Annual);

        var chips = Render<ContactMarkersChips>(p => p
            .Add(c => c.ContactId, 1)
            .Add(c => c.Markers, markers)
            .Add(c => c.SuspensionLabel, "N'habite pas à l'adresse indiquée"));

        var text = chips.Find("[data-testid=markers]").TextContent;
        Assert.Contains("Suspendu : N'habite pas à l'adresse indiquée (31/03/2026)", text);
        Assert.Contains("Stop-promo", text);
        Assert.Contains("RF : reçu annuel", text);
    }

    [Fact]
    public void An_active_contact_shows_only_its_receipt_preference()
    {
        var markers = new ContactMarkers(null, null, NoSolicitation: false, ReceiptPreference.ByEmail);

        var chips = Render<ContactMarkersChips>(p => p.Add(c => c.ContactId, 1).Add(c => c.Markers, markers));

        var text = chips.Find("[data-testid=markers]").TextContent;
        Assert.DoesNotContain("Suspendu", text);
        Assert.DoesNotContain("Stop-promo", text);
        Assert.Contains("RF : par email", text);
    }
}
