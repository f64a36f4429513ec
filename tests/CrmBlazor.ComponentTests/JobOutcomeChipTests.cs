using Bunit;
using CrmBlazor.Domain.Jobs;
using CrmBlazor.Web.Common;
using CrmBlazor.Web.Components.Pages.Jobs;

namespace CrmBlazor.ComponentTests;

public sealed class JobOutcomeChipTests : ComponentTest
{
    [Fact]
    public void Failed_run_chip_reads_Echec()
    {
        var chip = Render<JobOutcomeChip>(p => p.Add(c => c.Outcome, JobOutcome.Failed));

        var element = chip.Find(".mud-chip");
        Assert.Equal("Échec", element.TextContent.Trim());
        Assert.Equal("Failed", element.GetAttribute("data-outcome"));
        Assert.Contains("error", element.ClassName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(JobOutcome.Running, "En cours")]
    [InlineData(JobOutcome.Succeeded, "Réussi")]
    [InlineData(JobOutcome.Failed, "Échec")]
    [InlineData(JobOutcome.Cancelled, "Annulé")]
    public void Each_outcome_reads_in_French(JobOutcome outcome, string label)
    {
        var chip = Render<JobOutcomeChip>(p => p.Add(c => c.Outcome, outcome));

        Assert.Equal(label, chip.Find(".mud-chip").TextContent.Trim());
    }

    [Fact]
    public void Every_outcome_has_a_label_of_its_own()
    {
        var labels = Enum.GetValues<JobOutcome>().Select(Labels.Of).ToList();

        Assert.DoesNotContain(labels, label => Enum.TryParse<JobOutcome>(label, out _));
        Assert.Equal(labels.Count, labels.Distinct().Count());
    }
}
