namespace FactoryCps.Web.Data;

/// <summary>
/// The data folder holds what an intruder on the machine wants most: password and API-token hashes (the SQLite file),
/// the keys that sign cookies, and backups of both. On Unix only the account that runs FactoryCPS may read them:
/// folders 700 and files 600 when created here, and existing ones tightened at start (a folder from an older version
/// was 755, the database 644). Windows keeps its own access lists; nothing is changed there.
/// </summary>
internal static class PrivateFiles
{
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>The folder (and any missing parent), 700 when created; an existing one is left to <see cref="Tighten"/>.</summary>
    public static DirectoryInfo CreateFolder(string path) =>
        OperatingSystem.IsWindows() ? Directory.CreateDirectory(path) : Directory.CreateDirectory(path, FolderMode);

    /// <summary>
    /// An empty file, 600, unless one exists: SQLite takes an empty file as a new database, and gives its -wal and
    /// -shm files the database's permissions.
    /// </summary>
    public static void CreateFile(string path)
    {
        if (File.Exists(path))
        {
            return;
        }

        var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        try
        {
            using var created = new FileStream(path, options);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Created by someone else in the meantime (another process of the same installation): theirs stands.
        }
    }

    /// <summary>
    /// Takes the group's and others' rights from the data folder, its database files, <c>keys/</c> and
    /// <c>backups/</c> (and a SQLite file kept elsewhere); returns what was changed, to be logged.
    /// </summary>
    public static IReadOnlyList<Tightened> Tighten(string dataDirectory, string? sqliteFile)
    {
        var changed = new List<Tightened>();
        if (OperatingSystem.IsWindows())
        {
            return changed;
        }

        foreach (var folder in new[] { dataDirectory, Path.Combine(dataDirectory, "keys"), Path.Combine(dataDirectory, "backups") }.Where(Directory.Exists))
        {
            Restrict(folder, changed);
            var files = folder == dataDirectory ? Directory.EnumerateFiles(folder, "*.db*") : Directory.EnumerateFiles(folder);
            foreach (var file in files)
            {
                Restrict(file, changed);
            }
        }

        if (sqliteFile is not null)
        {
            foreach (var file in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm", sqliteFile + "-journal" }.Where(File.Exists))
            {
                Restrict(file, changed);
            }
        }

        return changed.DistinctBy(c => c.Path).ToList();
    }

    /// <summary>One file made private (after a restore, which copies the backup's permissions).</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path))
        {
            Restrict(path, []);
        }
    }

    private static void Restrict(string path, List<Tightened> changed)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(path);
        var owner = mode & (UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        if (owner != mode)
        {
            File.SetUnixFileMode(path, owner);
            changed.Add(new Tightened(path, mode, owner));
        }
    }
}

/// <summary>A file or folder whose group and others lost their rights at start.</summary>
internal sealed record Tightened(string Path, UnixFileMode Before, UnixFileMode After)
{
    public string BeforeOctal => Octal(Before);

    public string AfterOctal => Octal(After);

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode, 8);
}
