using CrmBlazor.Domain.Jobs;

namespace CrmBlazor.UnitTests.Jobs;

public sealed class JobRunTests
{
    private static readonly DateTimeOffset StartedInParis = new(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(1));

    private static JobRun NewRun() => JobRun.Start("housekeeping", "NODE-A-638700000000000001", "node-a", "Planifié", StartedInParis);

    [Fact]
    public void A_started_run_is_running_and_unfinished()
    {
        var run = NewRun();

        Assert.Equal("housekeeping", run.JobName);
        Assert.Equal("NODE-A-638700000000000001", run.FireInstanceId);
        Assert.Equal("node-a", run.Node);
        Assert.Equal("Planifié", run.TriggeredBy);
        Assert.Equal(JobOutcome.Running, run.Outcome);
        Assert.Null(run.FinishedAt);
        Assert.Null(run.Duration);
        Assert.Null(run.Message);
    }

    [Fact]
    public void The_start_is_stored_in_utc()
    {
        var run = NewRun();

        Assert.Equal(TimeSpan.Zero, run.StartedAt.Offset);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.Zero), run.StartedAt);
    }

    [Fact]
    public void Overlong_node_and_trigger_names_are_cut_to_the_column_limits()
    {
        var run = JobRun.Start("housekeeping", "fire-1", new string('n', 250), new string('t', 300), StartedInParis);

        Assert.Equal(new string('n', JobRun.NodeMaxLength), run.Node);
        Assert.Equal(new string('t', 256), run.TriggeredBy);
    }

    [Theory]
    [InlineData(JobOutcome.Succeeded)]
    [InlineData(JobOutcome.Failed)]
    [InlineData(JobOutcome.Cancelled)]
    public void Finishing_records_the_outcome_the_end_and_the_message(JobOutcome outcome)
    {
        var run = NewRun();

        run.Finish(outcome, StartedInParis.AddSeconds(90), "3 clés supprimées");

        Assert.Equal(outcome, run.Outcome);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 1, 31, 30, TimeSpan.Zero), run.FinishedAt);
        Assert.Equal(TimeSpan.Zero, run.FinishedAt?.Offset);
        Assert.Equal(TimeSpan.FromSeconds(90), run.Duration);
        Assert.Equal("3 clés supprimées", run.Message);
    }

    [Fact]
    public void The_duration_is_measured_between_instants_whatever_the_offsets()
    {
        // Started 02:30+01:00 (01:30Z); finished 04:00+02:00 (02:00Z): 30 minutes, not the 90 the wall clocks suggest.
        var run = NewRun();

        run.Finish(JobOutcome.Succeeded, new DateTimeOffset(2026, 10, 25, 4, 0, 0, TimeSpan.FromHours(2)), null);

        Assert.Equal(TimeSpan.FromMinutes(30), run.Duration);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 2, 0, 0, TimeSpan.Zero), run.FinishedAt);
    }

    [Fact]
    public void An_end_before_the_start_from_another_nodes_clock_is_clamped_to_the_start()
    {
        var run = NewRun();

        run.Finish(JobOutcome.Succeeded, StartedInParis.AddSeconds(-5), null);

        Assert.Equal(run.StartedAt, run.FinishedAt);
        Assert.Equal(TimeSpan.Zero, run.Duration);
    }

    [Fact]
    public void A_run_cannot_finish_twice()
    {
        var run = NewRun();
        run.Finish(JobOutcome.Failed, StartedInParis.AddSeconds(1), "boom");

        Assert.Throws<InvalidOperationException>(() => run.Finish(JobOutcome.Succeeded, StartedInParis.AddSeconds(2), null));
        Assert.Equal(JobOutcome.Failed, run.Outcome);
        Assert.Equal("boom", run.Message);
        Assert.Equal(TimeSpan.FromSeconds(1), run.Duration);
    }

    [Fact]
    public void A_run_cannot_finish_as_running()
    {
        var run = NewRun();

        Assert.Throws<ArgumentOutOfRangeException>(() => run.Finish(JobOutcome.Running, StartedInParis.AddSeconds(1), null));
        Assert.Equal(JobOutcome.Running, run.Outcome);
        Assert.Null(run.FinishedAt);
    }

    [Fact]
    public void An_overlong_message_is_cut_to_the_column_limit()
    {
        var run = NewRun();

        run.Finish(JobOutcome.Failed, StartedInParis.AddSeconds(1), new string('e', JobRun.MessageMaxLength + 500));

        Assert.Equal(new string('e', 2000), run.Message);
    }

    [Fact]
    public void A_run_may_finish_without_a_message()
    {
        var run = NewRun();

        run.Finish(JobOutcome.Succeeded, StartedInParis.AddSeconds(1), null);

        Assert.Null(run.Message);
    }
}
