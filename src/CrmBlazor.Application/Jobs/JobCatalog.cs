using CrmBlazor.Application.Maintenance;
using CrmBlazor.Application.Receipts;
using CrmBlazor.Application.Recurring.Scheduling;
using CrmBlazor.Application.Recurring.Online;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using Quartz;

namespace CrmBlazor.Application.Jobs;

/// <summary>A scheduled job as staff see it on the Traitements page.</summary>
/// <param name="Name">The Quartz job key; also the name recorded in job_runs.</param>
/// <param name="Cron">Quartz cron expression, read in Europe/Paris.</param>
public sealed record JobDefinition(string Name, Type JobType, string Cron, Func<string> Title, Func<string> Description, Func<string> Schedule);

public static class JobCatalog
{
    public static JobDefinition Housekeeping { get; } = new(
        "housekeeping",
        typeof(HousekeepingJob),
        "0 30 3 * * ?",
        () => Messages.Jobs_HousekeepingTitle,
        () => string.Format(
            Messages.Jobs_HousekeepingDescription,
            (int)Maintenance.Housekeeping.ExpiredKeyRetention.TotalDays,
            (int)Maintenance.Housekeeping.JobRunRetention.TotalDays),
        () => "Chaque nuit à 03:30");

    /// <summary>Mid-January, once December's last gifts are collected: the previous year's annual receipts.</summary>
    public static JobDefinition AnnualReceipts { get; } = new(
        "annual-receipts",
        typeof(AnnualReceiptJob),
        "0 0 3 15 1 ?",
        () => Messages.Jobs_AnnualReceiptsTitle,
        () => Messages.Jobs_AnnualReceiptsDescription,
        () => Messages.Jobs_AnnualReceiptsSchedule);

    /// <summary>The 1st of each month, before the office opens: that month's instalments and SEPA files.</summary>
    public static JobDefinition Scheduling { get; } = new(
        "scheduling",
        typeof(SchedulingJob),
        "0 0 2 1 * ?",
        () => Messages.Jobs_SchedulingTitle,
        () => Messages.Jobs_SchedulingDescription,
        () => Messages.Jobs_SchedulingSchedule);

    public static JobDefinition RecurringDaily { get; } = new(
        "recurring-daily",
        typeof(RecurringDailyJob),
        "0 0 4 * * ?",
        () => Messages.Jobs_RecurringDailyTitle,
        () => string.Format(Messages.Jobs_RecurringDailyDescription, new RecurringOptions().SepaSettlementDays),
        () => Messages.Jobs_RecurringDailySchedule);

    /// <summary>Before the night's other work: the gifts the web site collected during the day.</summary>
    public static JobDefinition OnlineGifts { get; } = new(
        "online-gifts",
        typeof(OnlineGiftsJob),
        "0 30 1 * * ?",
        () => Messages.Jobs_OnlineGiftsTitle,
        () => Messages.Jobs_OnlineGiftsDescription,
        () => Messages.Jobs_OnlineGiftsSchedule);

    /// <summary>Each morning before the office opens: membership statuses, then renewal requests and reminders.</summary>
    public static JobDefinition MembershipsDaily { get; } = new(
        "memberships-daily",
        typeof(Memberships.MembershipsDailyJob),
        "0 15 5 * * ?",
        () => Messages.Jobs_MembershipsDailyTitle,
        () => Messages.Jobs_MembershipsDailyDescription,
        () => Messages.Jobs_MembershipsDailySchedule);

    /// <summary>Every minute: the outbox's due emails (new ones and retries whose back-off has passed).</summary>
    public static JobDefinition OutboxSend { get; } = new(
        "outbox-send",
        typeof(Mail.OutboxSendJob),
        "0 * * * * ?",
        () => Messages.Jobs_OutboxSendTitle,
        () => Messages.Jobs_OutboxSendDescription,
        () => Messages.Jobs_OutboxSendSchedule);

    /// <summary>Each night: bounce reports and the platform's bounce exports mark dead addresses unusable (TOPMAIL's nightly run).</summary>
    public static JobDefinition BounceCleanup { get; } = new(
        "bounce-cleanup",
        typeof(Mail.BounceCleanupJob),
        "0 15 1 * * ?",
        () => Messages.Jobs_BounceCleanupTitle,
        () => string.Format(Messages.Jobs_BounceCleanupDescription, new Mail.MailOptions().TemporaryBounceLimit),
        () => Messages.Jobs_BounceCleanupSchedule);

    public static IReadOnlyList<JobDefinition> All { get; } = [Housekeeping, AnnualReceipts, OnlineGifts, Scheduling, RecurringDaily, MembershipsDaily, OutboxSend, BounceCleanup];

    public static JobDefinition? Find(string name) => All.FirstOrDefault(j => j.Name == name);

    public static void Register(IQuartzBuilder quartz)
    {
        foreach (var job in All)
        {
            var key = new JobKey(job.Name);
            quartz.AddJob(job.JobType, j => j.WithIdentity(key).StoreDurably());
            quartz.AddTrigger(t => t
                .ForJob(key)
                .WithIdentity(job.Name + "-schedule")
                .WithCronSchedule(job.Cron, c => c.InTimeZone(ParisTime.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        }
    }
}
