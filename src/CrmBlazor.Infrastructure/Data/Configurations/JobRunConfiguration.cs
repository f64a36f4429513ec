using CrmBlazor.Domain.Jobs;
using CrmBlazor.Domain.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("job_runs", t => t.HasCheckConstraint(
            "ck_job_runs_finished_after_start", "finished_at IS NULL OR finished_at >= started_at"));
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.Property(r => r.JobName).HasMaxLength(JobRun.JobNameMaxLength).IsRequired();
        builder.Property(r => r.FireInstanceId).HasMaxLength(JobRun.FireInstanceIdMaxLength).IsRequired();
        builder.Property(r => r.Node).HasMaxLength(JobRun.NodeMaxLength).IsRequired();
        builder.Property(r => r.TriggeredBy).HasMaxLength(Actor.NameMaxLength).IsRequired();
        builder.Property(r => r.Message).HasMaxLength(JobRun.MessageMaxLength);
        builder.Ignore(r => r.Duration);
        builder.HasIndex(r => r.FireInstanceId).IsUnique();
        builder.HasIndex(r => new { r.JobName, r.StartedAt }).IsDescending(false, true);
    }
}
