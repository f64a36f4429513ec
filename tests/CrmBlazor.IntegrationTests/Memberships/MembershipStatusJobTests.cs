using CrmBlazor.Application.Payments;
using CrmBlazor.Domain.Memberships;
using CrmBlazor.Domain.Payments;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CrmBlazor.IntegrationTests.Payments.PaymentTestData;

namespace CrmBlazor.IntegrationTests.Memberships;

/// <summary>The daily job moves memberships through their statuses as the (injected) day advances, journaling each change.</summary>
public sealed class MembershipStatusJobTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task As_today_advances_a_first_membership_goes_new_then_grace_then_expired_and_only_changes_are_written()
    {
        var paidOn = Today.AddDays(-10);
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var type = await App.MembershipTypeAsync(kind: MembershipKind.Rolling, graceMonths: 2);
        var membershipId = await App.PendingMembershipAsync(jean.Id, type);
        await App.EnteredAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Card, 30m, paidOn) { MembershipFees = [new(membershipId, 30m)] });
        var endsOn = MembershipTerms.YearFrom(paidOn);
        Assert.Equal(MembershipStatus.New, await StatusAsync(membershipId));

        Assert.Equal(0, await App.RefreshStatusesAsync(endsOn));
        Assert.Equal(MembershipStatus.New, await StatusAsync(membershipId));

        Assert.Equal(1, await App.RefreshStatusesAsync(endsOn.AddDays(1)));
        Assert.Equal(MembershipStatus.Grace, await StatusAsync(membershipId));

        Assert.Equal(0, await App.RefreshStatusesAsync(endsOn.AddMonths(2)));
        Assert.Equal(1, await App.RefreshStatusesAsync(endsOn.AddMonths(2).AddDays(1)));
        Assert.Equal(MembershipStatus.Expired, await StatusAsync(membershipId));

        Assert.Equal(0, await App.RefreshStatusesAsync(endsOn.AddYears(3)));
        var journal = (await App.JournalAsync()).Where(e => e.EntityType == "memberships" && e.EntityKey == membershipId.ToString()).ToList();
        Assert.Contains(journal, e => e.Changes.Any(c => c.Field == "Status" && c.New == "Expired"));
    }

    [Fact]
    public async Task A_renewed_membership_moves_from_new_to_current_when_its_first_term_ends()
    {
        var paidOn = Today.AddDays(-5);
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var type = await App.MembershipTypeAsync(kind: MembershipKind.Rolling);
        var membershipId = await App.PendingMembershipAsync(jean.Id, type);
        await App.EnteredAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Card, 30m, paidOn) { MembershipFees = [new(membershipId, 30m)] });
        await App.EnteredAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Card, 30m, Today) { MembershipFees = [new(membershipId, 30m)] });
        var firstEnd = MembershipTerms.YearFrom(paidOn);

        Assert.Equal(1, await App.RefreshStatusesAsync(firstEnd.AddDays(1)));

        Assert.Equal(MembershipStatus.Current, await StatusAsync(membershipId));
    }

    [Fact]
    public async Task Pending_and_cancelled_memberships_are_left_alone()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var type = await App.MembershipTypeAsync();
        var pending = await App.PendingMembershipAsync(jean.Id, type);

        Assert.Equal(0, await App.RefreshStatusesAsync(Today.AddYears(2)));

        Assert.Equal(MembershipStatus.Pending, await StatusAsync(pending));
    }

    private Task<MembershipStatus> StatusAsync(long id) =>
        App.QueryAsync(db => db.Memberships.Where(m => m.Id == id).Select(m => m.Status).SingleAsync());
}
