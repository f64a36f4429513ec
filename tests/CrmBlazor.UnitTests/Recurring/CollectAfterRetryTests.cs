using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.UnitTests.Recurring;

/// <summary>A payment the provider refused, then collected on a later try: the money is there, the gift counts.</summary>
public sealed class CollectAfterRetryTests
{
    private static readonly DateOnly DueOn = new(2026, 4, 10);

    [Fact]
    public void A_refused_instalment_collected_on_a_retry_is_collected_keeps_its_failure_as_history_and_forgets_the_decision()
    {
        var (instalment, donation) = Refused();
        instalment.Resolve(UnpaidResolution.Suspended, DueOn.AddDays(2));

        instalment.CollectAfterRetry(DueOn.AddDays(5), "RETRY-TX");
        donation.CollectAfterUnpaid(DueOn.AddDays(5));

        Assert.Equal(
            (InstalmentStatus.Collected, (DateOnly?)DueOn.AddDays(5), "RETRY-TX", "51", (UnpaidResolution?)null, (DateOnly?)null, false),
            (instalment.Status, instalment.CollectedOn, instalment.ProviderTransactionId, instalment.FailureCode, instalment.Resolution, instalment.ResolvedOn,
                instalment.AwaitsDecision));
        Assert.Equal((DonationStatus.Collected, (string?)null, (DateOnly?)DueOn.AddDays(5), true), (donation.Status, donation.StatusReason, donation.StatusChangedOn, donation.Counts));
    }

    [Fact]
    public void Only_an_unpaid_instalment_and_an_unpaid_donation_can_be_collected_after_a_retry()
    {
        var (instalment, donation) = Scheduled();

        Assert.Throws<DomainException>(() => instalment.CollectAfterRetry(DueOn, "TX"));
        Assert.Throws<DomainException>(() => donation.CollectAfterUnpaid(DueOn));
        Assert.Equal((InstalmentStatus.Pending, DonationStatus.Pending), (instalment.Status, donation.Status));
    }

    [Fact]
    public void A_collected_instalment_refunded_later_becomes_unpaid_again()
    {
        var (instalment, donation) = Scheduled();
        instalment.Collect(DueOn, "TX-1");
        donation.Collect(DueOn);

        instalment.MarkUnpaid("md06", "Remboursement demandé par le débiteur", DueOn.AddDays(30), "TX-2");
        donation.MarkUnpaid("Remboursement demandé par le débiteur", DueOn.AddDays(30));

        Assert.Equal((InstalmentStatus.Unpaid, "MD06", true), (instalment.Status, instalment.FailureCode, instalment.AwaitsDecision));
        Assert.False(donation.Counts);
    }

    private static (Instalment Instalment, Donation Donation) Refused()
    {
        var (instalment, donation) = Scheduled();
        instalment.MarkUnpaid("51", "Paiement refusé par la banque (code 51 : provision insuffisante)", DueOn, "REFUSED-TX");
        donation.MarkUnpaid("Paiement refusé par la banque (code 51 : provision insuffisante)", DueOn);
        return (instalment, donation);
    }

    private static (Instalment Instalment, Donation Donation) Scheduled()
    {
        var gift = RecurringGift.ByPayPal(1, 30m, Periodicity.Quarterly, 1, new DateOnly(2026, 1, 10), "I-JEANMARTIN01");
        var donation = Donation.ForInstalment(gift, DueOn, collected: false);
        return (Instalment.Scheduled(gift, donation, DueOn, DueOn, null, null), donation);
    }
}
