using FactoryCps.Tests.Data;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// The web application on a real loopback socket (Kestrel, a free port) so that a browser can reach it, on a
/// fresh SQLite database with the demo site, configured like the HTTP tests' WebFactory (which runs on the
/// in-memory test server and covers both database providers).
/// </summary>
internal sealed class BrowserHost : WebApplicationFactory<FactoryCps.Web.Program>
{
    public const string DemoSite = "kawasaki";
    public const string Password = "Correct-Horse-42";

    private readonly TestDatabase _database;
    private readonly string _data;

    private BrowserHost(TestDatabase database)
    {
        _database = database;
        _data = Directory.CreateTempSubdirectory("fcps-browser-").FullName;
        UseKestrel();
    }

    /// <summary>What the server logged recently, for the message of a failed step.</summary>
    public ServerLog Log { get; } = new();

    /// <summary>The server's address, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<BrowserHost> StartAsync()
    {
        var host = new BrowserHost(await TestDatabase.CreateAsync("sqlite"));
        host.StartServer(); // migrations and the demo site run before the first request
        var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        var address = addresses?.Addresses.SingleOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no listening address.");
        host.BaseAddress = new Uri(address.TrimEnd('/'));
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Loopback only, and port 0: the system picks a free one, so parallel runs never collide.
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Fcps:Database", _database.ConnectionString);
        builder.UseSetting("Fcps:Data", _data);
        builder.UseSetting("Fcps:Demo", "true");
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
    }

    /// <summary>Creates a user with the test password, optionally an administrator, with roles at sites.</summary>
    public async Task AddUserAsync(string email, bool administrator = false, params (string Site, string Role)[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FcpsUser>>();
        var user = new FcpsUser { UserName = email, Email = email, IsAdministrator = administrator };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        foreach (var (site, role) in roles)
        {
            var siteId = await db.Sites.Where(s => s.Key == site).Select(s => s.Id).SingleAsync();
            db.SiteMembers.Add(new SiteMember { SiteId = siteId, UserId = user.Id, Role = role });
        }

        await db.SaveChangesAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing request; the temp folder is cleaned by the system.
        }
    }
}
