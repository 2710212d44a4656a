using FactoryCps.Web.Data;
using Npgsql;

namespace FactoryCps.Tests.Data;

/// <summary>
/// A fresh, empty database of one provider for one test: a temporary SQLite file, or a new PostgreSQL
/// database on the server named by FCPS_TEST_POSTGRES (test.sh and .ci/run start one). Without that server
/// the PostgreSQL tests fail: a database test that quietly does not run proves nothing.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _directory;
    private readonly string? _postgresName;
    private readonly string? _postgresAdmin;

    private TestDatabase(string connectionString, string? directory, string? postgresName, string? postgresAdmin)
    {
        ConnectionString = connectionString;
        _directory = directory;
        _postgresName = postgresName;
        _postgresAdmin = postgresAdmin;
    }

    public static TheoryData<string> Providers => ["sqlite", "postgresql"];

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == "sqlite")
        {
            var directory = Directory.CreateTempSubdirectory("fcps-db-").FullName;
            return new TestDatabase(Database.SqliteIn(directory), directory, null, null);
        }

        var admin = Environment.GetEnvironmentVariable("FCPS_TEST_POSTGRES");
        Assert.False(string.IsNullOrEmpty(admin), "FCPS_TEST_POSTGRES is not set: run ./test.sh (it starts PostgreSQL) or point it at a server.");
        var name = "fcps_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false };
        return new TestDatabase(builder.ConnectionString, null, name, admin);
    }

    public FcpsDbContext Open() => Database.Open(ConnectionString);

    public async Task<FcpsDbContext> MigratedAsync()
    {
        var context = Open();
        await Database.MigrateAsync(context);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (_directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }

        if (_postgresName is not null)
        {
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await drop.ExecuteNonQueryAsync();
                    return;
                }
                catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 40)
                {
                    // An autovacuum worker (a superuser process the test role may not end) is visiting the new
                    // database; it leaves within moments.
                    await Task.Delay(250);
                }
            }
        }
    }
}
