using FactoryCps.Catalog.Loading;
using FactoryCps.Tests.Cli;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FactoryCps.Tests.Data;

/// <summary>fcps db migrate | backup | restore, on a SQLite data folder as an operator would use them.</summary>
public sealed class DbCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("fcps-dbcmd-").FullName;

    private string DataDir => Path.Combine(_root, "data");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void Migrate_creates_the_database_and_is_idempotent()
    {
        var first = CliRunner.Run("db", "migrate", "--data", DataDir, "--lang", "en");
        var second = CliRunner.Run("db", "migrate", "--data", DataDir, "--lang", "en");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("migration(s) applied", first.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(DataDir, "factorycps.db")));
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("up to date", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrate_makes_a_new_data_folder_and_database_private_as_serve_does()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix permissions");
            return;
        }

        Assert.Equal(0, CliRunner.Run("db", "migrate", "--data", DataDir).ExitCode);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(DataDir));
        foreach (var file in Directory.GetFiles(DataDir, "factorycps.db*"))
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task Backup_and_restore_bring_back_the_data()
    {
        Assert.Equal(0, CliRunner.Run("db", "migrate", "--data", DataDir).ExitCode);
        var connection = Database.SqliteIn(DataDir);
        await Import(connection, "minimal.yaml");
        var backup = Path.Combine(_root, "before.db");
        Assert.Equal(0, CliRunner.Run("db", "backup", "--data", DataDir, "--out", backup).ExitCode);
        await Import(connection, "smart-factory.yaml");

        var restored = CliRunner.Run("db", "restore", "--data", DataDir, "--from", backup, "--lang", "en");

        Assert.Equal(0, restored.ExitCode);
        await using var context = Database.Open(connection);
        Assert.Equal(["small-plant"], await context.Sites.Select(s => s.Key).ToListAsync(Token));
        // The database that was replaced is kept, named in the output.
        Assert.Single(Directory.GetFiles(Path.Combine(DataDir, "backups")));
    }

    [Fact]
    public void Restoring_a_file_that_is_not_a_factorycps_database_is_refused()
    {
        Assert.Equal(0, CliRunner.Run("db", "migrate", "--data", DataDir).ExitCode);
        var bogus = Path.Combine(_root, "notes.db");
        File.WriteAllText(bogus, "not a database");

        var result = CliRunner.Run("db", "restore", "--data", DataDir, "--from", bogus, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not a FactoryCPS database", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Backup_of_postgresql_points_to_pg_dump()
    {
        var result = CliRunner.Run("db", "backup", "--database", "Host=127.0.0.1;Database=x", "--out", Path.Combine(_root, "x.db"), "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pg_dump", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Migrate_reports_what_it_applied_on_both_providers(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var report = await new DatabaseMaintenance(database.ConnectionString, TimeProvider.System).MigrateAsync(Token);
        var again = await new DatabaseMaintenance(database.ConnectionString, TimeProvider.System).MigrateAsync(Token);

        Assert.NotEmpty(report.Applied);
        Assert.Empty(again.Applied);
        Assert.Null(report.Backup);
    }

    private static async Task Import(string connection, string sample)
    {
        await using var context = Database.Open(connection);
        var store = new SiteModelStore(context, CatalogLoader.Default, new FakeTimeProvider());
        var result = await store.ImportAsync(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", sample)), sample, new Actor(null, "test"), Token);
        Assert.True(result.Succeeded);
    }
}
