using FactoryCps.Web.Accounts;
using FactoryCps.Web.Data;
using FactoryCps.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Startup;

/// <summary>
/// Before the first request: migrate the database (a SQLite file is backed up first; a failure stops the
/// server and leaves the database as it was), load the demo site when asked, and, while there is no user,
/// print a one-time link that creates the first administrator. There is never a default password.
/// </summary>
internal sealed class StartupTasks(
    IServiceProvider services,
    StorageOptions storage,
    SetupToken setupToken,
    IConfiguration configuration,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // A malformed public address, or any other bad setting, stops the start with what was expected, before
        // anything is written.
        var links = services.GetRequiredService<PublicLinks>();
        services.GetRequiredService<BadSettings>().ThrowIfAny();
        foreach (var tightened in PrivateFiles.Tighten(storage.DataDirectory, Database.ProviderOf(storage.ConnectionString) == DatabaseProvider.Sqlite ? Database.SqliteFile(storage.ConnectionString) : null))
        {
            logger.LogInformation("Made {Path} private to the account running FactoryCPS: mode {Before} is now {After}", tightened.Path, tightened.BeforeOctal, tightened.AfterOctal);
        }

        if (services.GetService<KeysAtRest>() is { Mode: KeyProtectionMode.FilePermissions })
        {
            // In place of the framework's warning (filtered in this case only): the choice, and how to change it.
            logger.LogInformation(
                "Data-protection keys in {Folder} are protected by file permissions (files 600 in a 700 folder, readable only by this account), not encrypted; to encrypt them at rest, set {Setting} to a certificate (docs/web.md, Security)",
                Path.Combine(storage.DataDirectory, "keys"),
                KeyProtection.CertificateSetting);
        }

        try
        {
            var report = await new DatabaseMaintenance(storage.ConnectionString, time).MigrateAsync(cancellationToken);
            if (report.Applied.Count > 0)
            {
                logger.LogInformation("Applied migrations {Migrations}; backup {Backup}", string.Join(", ", report.Applied), report.Backup ?? "-");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var message = $"The database could not be migrated and was left as it was: {ex.Message}";
            await Console.Error.WriteLineAsync(message);
            throw new StartupException(message, ex);
        }

        await using var scope = services.CreateAsyncScope();
        if (configuration.GetValue<bool>("Fcps:Demo"))
        {
            await scope.ServiceProvider.GetRequiredService<DemoSite>().LoadIfEmptyAsync(cancellationToken);
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<FcpsUser>>();
        if (!await users.Users.AnyAsync(cancellationToken))
        {
            setupToken.Issue();
            lifetime.ApplicationStarted.Register(() => PrintSetupLink(links));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Written to the console, not the log: the token is a credential and logs travel further.</summary>
    private void PrintSetupLink(PublicLinks links)
    {
        if (setupToken.Value is not { } token)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine("No user exists yet. Open this link once to create the first administrator:");
        Console.WriteLine("ユーザーがまだいません。次のリンクを一度だけ開いて最初の管理者を作成してください:");
        Console.WriteLine($"  {links.To($"/setup?token={token}")}");
        Console.WriteLine();
    }
}
