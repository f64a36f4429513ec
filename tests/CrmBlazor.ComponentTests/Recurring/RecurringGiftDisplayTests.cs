using Bunit;
using CrmBlazor.Application.Recurring;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Web.Components.Pages.Recurring;

namespace CrmBlazor.ComponentTests.Recurring;

/// <summary>How a recurring gift reads on the record: its status in French with the reason, its instalments with why they failed.</summary>
public sealed class RecurringGiftDisplayTests : ComponentTest
{
    [Theory]
    [InlineData(RecurringGiftStatus.Active, "Actif")]
    [InlineData(RecurringGiftStatus.Suspended, "Suspendu")]
    [InlineData(RecurringGiftStatus.Cancelled, "Arrêté")]
    [InlineData(RecurringGiftStatus.Ended, "Terminé")]
    public void The_status_chip_says_the_status_in_French(RecurringGiftStatus status, string label)
    {
        var chip = Render<RecurringGiftStatusChip>(p => p.Add(c => c.Gift, Gift(status, null, null)));

        Assert.Equal(label, chip.Find("[data-testid=recurring-gift-status]").TextContent.Trim());
        Assert.Empty(chip.FindAll("[data-testid=recurring-gift-reason]"));
    }

    [Fact]
    public void A_stopped_gift_shows_its_reason_and_the_day_it_stopped()
    {
        var chip = Render<RecurringGiftStatusChip>(p => p.Add(c => c.Gift, Gift(RecurringGiftStatus.Cancelled, "Compte clôturé", new DateOnly(2026, 3, 2))));

        Assert.Equal("Compte clôturé · 02/03/2026", chip.Find("[data-testid=recurring-gift-reason]").TextContent.Trim());
    }

    [Fact]
    public void An_unpaid_instalment_shows_its_code_reason_and_decision()
    {
        var lines = Render<InstalmentLines>(p => p.Add(c => c.Lines, [
            new InstalmentLine(new DateOnly(2026, 4, 10), 1234.5m, InstalmentStatus.Unpaid, "AM04", "Provision insuffisante", UnpaidResolution.Postponed),
            new InstalmentLine(new DateOnly(2026, 1, 10), 1234.5m, InstalmentStatus.Collected, null, null, null),
        ]));

        var texts = lines.FindAll("[data-testid=instalment-line]").Select(l => string.Join(' ', l.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Equal(
            ["10/04/2026 · 1 234,50 € · Impayée (AM04 Provision insuffisante — Reporté)", "10/01/2026 · 1 234,50 € · Encaissée"],
            texts);
    }

    private static RecurringGiftRow Gift(RecurringGiftStatus status, string? reason, DateOnly? changedOn) =>
        new(1, RecurringChannel.PayPal, 30m, Periodicity.Quarterly, "GENERIQUE", 10, new DateOnly(2026, 1, 10), new DateOnly(2026, 4, 10), status, reason,
            changedOn, "I-ABC", null, null, 1, []);
}
