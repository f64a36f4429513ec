using Bunit;
using CrmBlazor.Web.Components.Pages.Campaigns;

namespace CrmBlazor.ComponentTests;

public sealed class CampaignStatusTests : ComponentTest
{
    [Fact]
    public void Open_campaign_reads_En_cours()
    {
        var chip = ChipOf(isGeneric: false, closedOn: null);

        Assert.Equal("En cours", chip.TextContent.Trim());
        Assert.Equal("open", chip.GetAttribute("data-status"));
        Assert.Contains("success", chip.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void Closed_campaign_reads_its_closing_date_in_French()
    {
        var chip = ChipOf(isGeneric: false, closedOn: new DateOnly(2026, 3, 9));

        Assert.Equal("Clôturée le 09/03/2026", chip.TextContent.Trim());
        Assert.Equal("closed", chip.GetAttribute("data-status"));
    }

    [Fact]
    public void Generic_campaign_reads_Generique()
    {
        var chip = ChipOf(isGeneric: true, closedOn: null);

        Assert.Equal("Générique", chip.TextContent.Trim());
        Assert.Equal("generic", chip.GetAttribute("data-status"));
    }

    private AngleSharp.Dom.IElement ChipOf(bool isGeneric, DateOnly? closedOn) =>
        Render<CampaignStatusChip>(p => p.Add(c => c.IsGeneric, isGeneric).Add(c => c.ClosedOn, closedOn)).Find(".mud-chip");
}
