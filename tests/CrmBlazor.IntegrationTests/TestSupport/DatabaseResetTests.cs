using CrmBlazor.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CrmBlazor.IntegrationTests.TestSupport;

/// <summary>The reset between tests: everything emptied, the append-only journal included, the schema's own rows kept.</summary>
public sealed class DatabaseResetTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Reset_truncates_the_append_only_journal_and_keeps_roles_migrations_and_the_job_store()
    {
        Assert.StartsWith("crm_it_", App.DatabaseName, StringComparison.Ordinal);
        Assert.Contains("truncate table", App.ResetSql, StringComparison.OrdinalIgnoreCase);
        await App.CreateStaffAsync(StaffRoles.Operator);
        Assert.NotEmpty(await App.JournalAsync());

        await App.ResetAsync();

        Assert.Empty(await App.JournalAsync());
        Assert.Equal(0, await App.QueryAsync(db => db.Users.CountAsync()));
        Assert.Equal(0, await App.QueryAsync(db => db.UserRoles.CountAsync()));
        Assert.Equal(
            StaffRoles.All.Order(StringComparer.Ordinal),
            await App.QueryAsync(db => db.Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync()));
        var migrations = await App.QueryAsync(db => Task.FromResult(db.Database.GetMigrations().LongCount()));
        Assert.Equal(migrations, await ScalarAsync("SELECT count(*) FROM __ef_migrations_history"));
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM qrtz_job_details WHERE job_name = 'housekeeping'"));
        Assert.True(await ScalarAsync("SELECT count(*) FROM qrtz_locks") > 0);
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await App.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
