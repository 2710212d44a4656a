using System.Runtime.Versioning;
using FactoryCps.Tests.Data;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Data;
using Microsoft.Extensions.Time.Testing;

namespace FactoryCps.Tests.Web;

/// <summary>
/// The data folder holds password and token hashes, the cookie-signing keys and backups: after `fcps serve` it was 755
/// with the SQLite file 644 (issue 14). On Unix, folders are 700 and files 600, new or tightened at start.
/// </summary>
public sealed class DataFolderTests
{
    private const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode File600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode Loose = UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private static Dictionary<string, string> InFolder(string data) => new() { ["Fcps:Data"] = data, ["Fcps:Database"] = "" };

    [UnsupportedOSPlatform("windows")]
    private static void AssertPrivate(string path) =>
        Assert.Equal(Directory.Exists(path) ? Folder : File600, File.GetUnixFileMode(path));

    [UnsupportedOSPlatform("windows")]
    private static void AssertAllPrivate(string data)
    {
        AssertPrivate(data);
        Assert.All(Directory.EnumerateFiles(data, "factorycps.db*"), AssertPrivate);
        AssertPrivate(Path.Combine(data, "keys"));
        var keys = Directory.GetFiles(Path.Combine(data, "keys"));
        Assert.NotEmpty(keys);
        Assert.All(keys, AssertPrivate);
    }

    [Fact]
    public async Task A_new_data_folder_is_private_from_the_start()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix permissions");
            return;
        }

        var parent = Directory.CreateTempSubdirectory("fcps-private-").FullName;
        var data = Path.Combine(parent, "data");
        try
        {
            await using (var app = await HostedApp.StartAsync(InFolder(data)))
            {
                Assert.Equal(System.Net.HttpStatusCode.OK, (await app.CreateClient().GetAsync("/login", Token)).StatusCode);
                AssertAllPrivate(data);
                Assert.True(File.Exists(Path.Combine(data, "factorycps.db")));
                Assert.DoesNotContain(app.Log.Entries, e => e.Contains("private to the account", StringComparison.Ordinal));
            }
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public async Task An_older_looser_data_folder_is_tightened_at_start_and_the_log_says_so()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix permissions");
            return;
        }

        var data = Directory.CreateTempSubdirectory("fcps-loose-").FullName;
        try
        {
            File.SetUnixFileMode(data, Folder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            File.WriteAllBytes(Path.Combine(data, "factorycps.db"), []); // SQLite takes an empty file as a new database
            File.SetUnixFileMode(Path.Combine(data, "factorycps.db"), File600 | Loose);
            var backups = Directory.CreateDirectory(Path.Combine(data, "backups")).FullName;
            File.SetUnixFileMode(backups, Folder | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            var backup = Path.Combine(backups, "factorycps-20260101-000000.db");
            File.WriteAllBytes(backup, []);
            File.SetUnixFileMode(backup, File600 | Loose);

            await using (var app = await HostedApp.StartAsync(InFolder(data)))
            {
                Assert.Equal(System.Net.HttpStatusCode.OK, (await app.CreateClient().GetAsync("/login", Token)).StatusCode);
                AssertAllPrivate(data);
                AssertPrivate(backups);
                AssertPrivate(backup);
                var tightened = app.Log.Entries.Where(e => e.Contains("private to the account", StringComparison.Ordinal)).ToList();
                foreach (var (path, before, after) in new[] { (data, "755", "700"), (Path.Combine(data, "factorycps.db"), "644", "600"), (backups, "705", "700"), (backup, "644", "600") })
                {
                    Assert.Contains(tightened, e => e.Contains($"Made {path} private", StringComparison.Ordinal) && e.EndsWith($"mode {before} is now {after}", StringComparison.Ordinal));
                }
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Without_a_key_certificate_one_line_says_how_keys_are_kept_instead_of_the_frameworks_warning()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("DPAPI protects the keys on Windows");
            return;
        }

        await using var app = await HostedApp.StartAsync(new Dictionary<string, string>());

        var entries = app.Log.Entries;
        Assert.Contains(entries, e => e.Contains("protected by file permissions", StringComparison.Ordinal) && e.Contains(KeyProtection.CertificateSetting, StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains("XML encryptor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_backup_is_as_private_as_the_database()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix permissions");
            return;
        }

        await using var database = await TestDatabase.CreateAsync("sqlite");
        await (await database.MigratedAsync()).DisposeAsync();
        var folder = Path.Combine(Directory.CreateTempSubdirectory("fcps-backup-").FullName, "backups");
        try
        {
            var written = await new DatabaseMaintenance(database.ConnectionString, new FakeTimeProvider()).BackupAsync(Path.Combine(folder, "copy.db"), Token);

            AssertPrivate(folder);
            AssertPrivate(written);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }
}
