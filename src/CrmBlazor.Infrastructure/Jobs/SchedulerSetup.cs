using System.Collections.Specialized;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CrmBlazor.Infrastructure.Jobs;

public static class SchedulerSetup
{
    public const string SchedulerName = "CrmBlazor";
    public const string TablePrefix = "qrtz_";

    /// <summary>
    /// Quartz with its PostgreSQL job store, clustered: every app server runs a scheduler and each firing
    /// runs on one of them. Lock rows are pre-created by a migration and triggers are acquired under the
    /// lock, the two guards against double firing known from Quartz's issue tracker.
    /// </summary>
    public static IServiceCollection AddCrmScheduler(
        this IServiceCollection services, string connectionString, Action<IQuartzBuilder> addJobs)
    {
        var properties = new NameValueCollection { ["quartz.scheduler.instanceName"] = SchedulerName };
        services.AddQuartz(properties, q =>
        {
            q.UseDefaultThreadPool(4);
            q.UsePersistentStore(store =>
            {
                store.UsePostgres(pg => pg.ConnectionString = connectionString);
                store.UseSystemTextJsonSerializer();
                store.UseClustering(c =>
                {
                    c.CheckinInterval = TimeSpan.FromSeconds(7);
                    c.CheckinMisfireThreshold = TimeSpan.FromSeconds(20);
                });
                store.ConfigureStore(o =>
                {
                    o.TablePrefix = TablePrefix;
                    o.AcquireTriggersWithinLock = true;
                    o.StoreJobDataAsStrings = true;
                });
            });
            q.AddJobListener<JobRunListener>();
            addJobs(q);
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
