using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Common;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Recurring;

/// <summary><paramref name="Version"/> is the gift the operator saw.</summary>
public sealed record ResumeRecurringGiftCommand(long GiftId, uint Version);

/// <summary>A suspended gift goes on from its first due date on or after today; the months it was suspended are not collected.</summary>
public sealed class ResumeRecurringGiftHandler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public Task<CommandResult> HandleAsync(ResumeRecurringGiftCommand command, CancellationToken ct = default) =>
        RecurringGiftStatusChanges.ApplyAsync(dbFactory, command.GiftId, command.Version, gift => gift.Resume(ParisTime.Today(clock)), ct);
}
