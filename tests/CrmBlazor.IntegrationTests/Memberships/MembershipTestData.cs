using CrmBlazor.Application.Memberships;
using CrmBlazor.Domain.Memberships;
using CrmBlazor.IntegrationTests.Recurring;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static CrmBlazor.IntegrationTests.Payments.PaymentTestData;

namespace CrmBlazor.IntegrationTests.Memberships;

/// <summary>Membership types and memberships made through the real handlers; services run on a chosen day.</summary>
public static class MembershipTestData
{
    public static async Task<long> MembershipTypeAsync(
        this CrmAppFixture app, string name = "Individuelle", decimal fee = 30m, MembershipKind kind = MembershipKind.CalendarYear,
        int? rolloverMonth = null, int? rolloverDay = null, int graceMonths = 3)
    {
        var result = await app.RunAsync<Application.Common.CommandResult<long>, SaveMembershipTypeHandler>(h =>
            h.HandleAsync(new SaveMembershipTypeCommand(null, null, name, fee, kind, rolloverMonth, rolloverDay, graceMonths)));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.Value;
    }

    public static async Task<long> PendingMembershipAsync(this CrmAppFixture app, long contactId, long typeId)
    {
        var result = await app.RunAsync<Application.Common.CommandResult<long>, EnterMembershipHandler>(h => h.HandleAsync(new EnterMembershipCommand(contactId, typeId)));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.Value;
    }

    public static Task<int> RefreshStatusesAsync(this CrmAppFixture app, DateOnly today) =>
        app.ActAsync(Operator, s => ActivatorUtilities.CreateInstance<MembershipStatusRefresh>(s, (TimeProvider)new ParisClock(today)).RunAsync());

    public static Task<ReminderOutcome> RunRemindersAsync(this CrmAppFixture app, DateOnly today) =>
        app.ActAsync(Operator, s => ActivatorUtilities.CreateInstance<MembershipReminderBatches>(s, (TimeProvider)new ParisClock(today)).RunAsync());
}
