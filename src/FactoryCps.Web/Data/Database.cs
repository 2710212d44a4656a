using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Data;

internal enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// SQLite (a file, the default) or PostgreSQL (larger installations), chosen by the connection string.
/// Each provider has its own migrations assembly; the model and the code using it are the same.
/// </summary>
internal static class Database
{
    public const string SqliteMigrationsAssembly = "FactoryCps.Migrations.Sqlite";
    public const string PostgreSqlMigrationsAssembly = "FactoryCps.Migrations.PostgreSql";

    public static DatabaseProvider ProviderOf(string connectionString) =>
        connectionString.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || connectionString.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.PostgreSql
            : DatabaseProvider.Sqlite;

    /// <summary>The SQLite file under a data folder: <c>DIR/factorycps.db</c>.</summary>
    public static string SqliteIn(string dataDirectory) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, "factorycps.db"), ForeignKeys = true, Pooling = false }.ToString();

    /// <summary>The file of a SQLite connection string, or null for an in-memory or URI-named database.</summary>
    public static string? SqliteFile(string? connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" || builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            ? null
            : Path.GetFullPath(builder.DataSource);
    }

    /// <summary>
    /// Identity reads its schema version from the application's services, and EF Core keeps the first model it built
    /// for the process: a context opened outside an application (the CLI's maintenance, the migrations' design-time
    /// factory, tests) gets the server's identity options, so that every context of a process has the same tables.
    /// </summary>
    private static readonly Lazy<IServiceProvider> IdentityModel = new(() =>
        new ServiceCollection().Configure<IdentityOptions>(UseIdentitySchema).BuildServiceProvider());

    /// <summary>Identity's schema version 3: its tables with the passkeys' (AspNetUserPasskeys).</summary>
    public static void UseIdentitySchema(IdentityOptions options) => options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        ProviderOf(connectionString) == DatabaseProvider.PostgreSql
            ? options.UseNpgsql(connectionString, b => b.MigrationsAssembly(PostgreSqlMigrationsAssembly))
            : options.UseSqlite(connectionString, b => b.MigrationsAssembly(SqliteMigrationsAssembly));

    public static FcpsDbContext Open(string connectionString)
    {
        var options = new DbContextOptionsBuilder<FcpsDbContext>();
        Configure(options, connectionString).UseApplicationServiceProvider(IdentityModel.Value);
        return new FcpsDbContext(options.Options);
    }

    /// <summary>
    /// Applies pending migrations. A SQLite file is switched to WAL (readers do not block the writer) first.
    /// A failed migration rolls back its transaction, so the database is left as it was.
    /// </summary>
    public static async Task MigrateAsync(FcpsDbContext context, CancellationToken cancellationToken = default)
    {
        if (context.Database.IsSqlite())
        {
            // Created here, private (600), before SQLite would create it readable by everyone on the machine.
            if (SqliteFile(context.Database.GetConnectionString()) is { } file)
            {
                PrivateFiles.CreateFile(file);
            }

            await context.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            finally
            {
                await context.Database.CloseConnectionAsync();
            }
        }

        await context.Database.MigrateAsync(cancellationToken);
    }
}
