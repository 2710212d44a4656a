using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Data;

/// <summary>What an operator does to the database: migrate (with a backup first), back up, restore.</summary>
internal sealed class DatabaseMaintenance(string connectionString, TimeProvider time)
{
    public DatabaseProvider Provider { get; } = Database.ProviderOf(connectionString);

    /// <summary>
    /// Applies pending migrations and returns their names. A SQLite file that already holds data is copied
    /// to <c>backups/</c> beside it first; a failed migration rolls back, leaving the database as it was.
    /// </summary>
    public async Task<MigrationReport> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var context = Database.Open(connectionString);
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        string? backup = null;
        if (pending.Count > 0 && Provider == DatabaseProvider.Sqlite && File.Exists(SqliteFile) && new FileInfo(SqliteFile).Length > 0)
        {
            backup = await BackupAsync(DefaultBackupPath(), cancellationToken);
        }

        await Database.MigrateAsync(context, cancellationToken);
        return new MigrationReport(pending, backup);
    }

    /// <summary>A consistent copy of a SQLite database, taken online with SQLite's backup API.</summary>
    public async Task<string> BackupAsync(string destination, CancellationToken cancellationToken = default)
    {
        RequireSqlite();
        // A backup holds the same password hashes as the database: as private (700 folder, 600 file).
        PrivateFiles.CreateFolder(Path.GetDirectoryName(Path.GetFullPath(destination))!);
        PrivateFiles.CreateFile(destination);
        await using var source = new SqliteConnection(connectionString);
        await source.OpenAsync(cancellationToken);
        await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ToString());
        await target.OpenAsync(cancellationToken);
        source.BackupDatabase(target);
        return destination;
    }

    /// <summary>
    /// Replaces the database with a backup, after checking that the backup is a FactoryCPS database and
    /// backing up the current one. The server must be stopped.
    /// </summary>
    public async Task<string?> RestoreAsync(string backupFile, CancellationToken cancellationToken = default)
    {
        RequireSqlite();
        if (!File.Exists(backupFile))
        {
            throw new DatabaseMaintenanceException("DbBackupMissing", backupFile);
        }

        var check = new SqliteConnectionStringBuilder { DataSource = backupFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using (var context = Database.Open(check))
        {
            try
            {
                if (!(await context.Database.GetAppliedMigrationsAsync(cancellationToken)).Any())
                {
                    throw new DatabaseMaintenanceException("DbNotFactoryCps", backupFile);
                }
            }
            catch (SqliteException)
            {
                throw new DatabaseMaintenanceException("DbNotFactoryCps", backupFile);
            }
        }

        var current = File.Exists(SqliteFile) ? await BackupAsync(DefaultBackupPath(), cancellationToken) : null;
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            File.Delete(SqliteFile + suffix);
        }

        File.Copy(backupFile, SqliteFile, overwrite: true);
        PrivateFiles.Restrict(SqliteFile); // the copy takes the backup's permissions, which may be an older, looser file's
        return current;
    }

    private string SqliteFile => new SqliteConnectionStringBuilder(connectionString).DataSource;

    private string DefaultBackupPath() =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(SqliteFile))!, "backups", $"factorycps-{time.GetUtcNow():yyyyMMdd-HHmmss}.db");

    private void RequireSqlite()
    {
        if (Provider != DatabaseProvider.Sqlite)
        {
            throw new DatabaseMaintenanceException("DbBackupPostgres");
        }
    }
}

internal sealed record MigrationReport(IReadOnlyList<string> Applied, string? Backup);

/// <summary>An operator error with a message key (resources), e.g. a backup file that is not a FactoryCPS database.</summary>
internal sealed class DatabaseMaintenanceException(string key, params object?[] args) : Exception(key)
{
    public string Key { get; } = key;

    public object?[] Args { get; } = args;
}
