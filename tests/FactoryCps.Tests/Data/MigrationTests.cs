using FactoryCps.Web.Audit;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Tests.Data;

/// <summary>Real migrations for both databases, and a failure when the model changes without one.</summary>
public sealed class MigrationTests
{
    [Theory]
    [DatabaseProviders]
    public async Task The_model_has_no_changes_without_a_migration(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.Open();

        Assert.False(context.Database.HasPendingModelChanges(), $"The model has changed: add a migration to FactoryCps.Migrations.{(provider == "sqlite" ? "Sqlite" : "PostgreSql")} (see README).");
    }

    [Theory]
    [DatabaseProviders]
    public async Task Migrations_create_the_schema_on_an_empty_database(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = await database.MigratedAsync();

        Assert.Empty(await context.Database.GetPendingMigrationsAsync(Token));
        Assert.NotEmpty(await context.Database.GetAppliedMigrationsAsync(Token));
        Assert.Equal(0, await context.Sites.CountAsync(Token));
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_audit_log_refuses_updates_and_deletes(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = await database.MigratedAsync();
        context.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UnixEpoch, UserName = "tester", Action = "create" });
        await context.SaveChangesAsync(Token);

        await Assert.ThrowsAnyAsync<Exception>(() => context.AuditEntries.ExecuteUpdateAsync(s => s.SetProperty(e => e.UserName, "someone else"), Token));
        await Assert.ThrowsAnyAsync<Exception>(() => context.AuditEntries.ExecuteDeleteAsync(Token));
        Assert.Equal("tester", (await context.AuditEntries.AsNoTracking().SingleAsync(Token)).UserName);
    }

    [Fact]
    public async Task A_sqlite_database_runs_in_wal_mode()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var context = await database.MigratedAsync();

        var mode = await context.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync(Token);

        Assert.Equal("wal", Assert.Single(mode));
    }
}
