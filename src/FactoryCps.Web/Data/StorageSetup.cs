using Microsoft.Data.Sqlite;

namespace FactoryCps.Web.Data;

/// <summary>Where the data lives: the connection string chosen at start, and the data folder (keys, backups, the SQLite file by default).</summary>
internal sealed record StorageOptions(string ConnectionString, string DataDirectory);

internal static class StorageSetup
{
    /// <summary>
    /// PostgreSQL when a connection string is given (Fcps:Database, FCPS_DATABASE); otherwise the SQLite file
    /// under Fcps:Data (default ./data).
    /// </summary>
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var directory = DataDirectory(configuration);
        var connection = configuration["Fcps:Database"] is { Length: > 0 } explicitConnection ? explicitConnection
            : configuration["FCPS_DATABASE"] is { Length: > 0 } fromEnvironment ? fromEnvironment
            : Pooled(Database.SqliteIn(directory));
        builder.Services.AddSingleton(new StorageOptions(connection, directory));
        // Pooled: a page asks the database once or twice, and creating a context each time showed in profiles.
        builder.Services.AddSingleton<DataWrites>();
        builder.Services.AddSingleton<DataWritesInterceptor>();
        builder.Services.AddDbContextPool<FcpsDbContext>((services, options) =>
            Database.Configure(options, connection).AddInterceptors(services.GetRequiredService<DataWritesInterceptor>()));
        return builder;
    }

    /// <summary>The data folder (Fcps:Data, default ./data): the SQLite file, its backups, the data-protection keys; 700 when created.</summary>
    public static string DataDirectory(IConfiguration configuration) =>
        PrivateFiles.CreateFolder(Path.GetFullPath(configuration["Fcps:Data"] is { Length: > 0 } data ? data : "data")).FullName;

    /// <summary>The server keeps SQLite connections open between requests; the CLI does not (it moves files).</summary>
    private static string Pooled(string sqlite) =>
        new SqliteConnectionStringBuilder(sqlite) { Pooling = true }.ToString();
}
