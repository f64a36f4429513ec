using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CrmBlazor.Infrastructure.Data.Migrations;

/// <summary>
/// The Quartz job store's tables with their lock rows, and the database-side guard that keeps the
/// journal append-only whatever code or person connects.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123093000_QuartzStoreAndJournalGuards")]
public sealed class QuartzStoreAndJournalGuards : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var statement in QuartzSchema.CreateStatements())
        {
            migrationBuilder.Sql(statement);
        }

        migrationBuilder.Sql(QuartzSchema.SeedLocks());

        migrationBuilder.Sql(
            """
            CREATE FUNCTION journal_entries_refuse_change() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'journal_entries is append-only: % refused', TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END;
            $$;
            """);
        migrationBuilder.Sql(
            """
            CREATE TRIGGER journal_entries_append_only
            BEFORE UPDATE OR DELETE ON journal_entries
            FOR EACH ROW EXECUTE FUNCTION journal_entries_refuse_change();
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS journal_entries_append_only ON journal_entries;");
        migrationBuilder.Sql("DROP FUNCTION IF EXISTS journal_entries_refuse_change();");
        foreach (var table in new[]
                 {
                     "job_status", "misfire_history", "execution_history", "fired_triggers", "paused_trigger_grps", "paused_job_grps",
                     "scheduler_state", "locks", "simple_triggers", "cron_triggers", "simprop_triggers", "blob_triggers", "triggers",
                     "job_details", "calendars",
                 })
        {
            migrationBuilder.Sql($"DROP TABLE IF EXISTS qrtz_{table};");
        }
    }
}
