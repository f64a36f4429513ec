using System.Reflection;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CrmBlazor.UnitTests.Data;

/// <summary>db/migrations.sql is what DBAs read: it must follow the migrations (regenerate with db/migrations-sql.sh).</summary>
public sealed class MigrationsScriptTests
{
    [Fact]
    public void The_idempotent_script_contains_every_migration()
    {
        var script = File.ReadAllText(Path.Combine(Repository.Root(), "db", "migrations.sql"));
        var migrationIds = typeof(AppDbContext).Assembly.GetTypes()
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .ToList();

        Assert.NotEmpty(migrationIds);
        Assert.All(migrationIds, id => Assert.Contains($"'{id}'", script, StringComparison.Ordinal));
    }
}
