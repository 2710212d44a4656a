using FactoryCps.Tests.Data;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web;

/// <summary>
/// The web application on a fresh database of one provider and an empty data folder, both removed with it,
/// started as <c>fcps serve</c> starts it (the demo site loaded unless asked otherwise). The HTTP tests'
/// <see cref="WebFactory"/> runs it on the in-memory test server, the browser tests' host on a real socket;
/// this is what the two share, so that both test the same application.
/// </summary>
internal abstract class FreshWebApplication : WebApplicationFactory<FactoryCps.Web.Program>
{
    public const string DemoSite = "kawasaki";
    public const string Password = "Correct-Horse-42";

    private readonly TestDatabase _database;
    private readonly bool _demo;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly TimeProvider? _time;

    /// <param name="database">Owned from here on: disposed with the application.</param>
    /// <param name="dataPrefix">The name of the temporary data folder begins with it, to tell the tests' folders apart.</param>
    /// <param name="demo">Whether the demo site is loaded at start, as <c>fcps serve --demo</c> does.</param>
    /// <param name="settings">Further configuration, applied after (and so over) the settings above.</param>
    /// <param name="time">Replaces the application's clock (a FakeTimeProvider in tests of schedules).</param>
    protected FreshWebApplication(TestDatabase database, string dataPrefix, bool demo = true, IReadOnlyDictionary<string, string>? settings = null, TimeProvider? time = null)
    {
        _database = database;
        _demo = demo;
        _settings = settings ?? new Dictionary<string, string>();
        _time = time;
        DataDirectory = Directory.CreateTempSubdirectory(dataPrefix).FullName;
    }

    public string DataDirectory { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Fcps:Database", _database.ConnectionString);
        builder.UseSetting("Fcps:Data", DataDirectory);
        builder.UseSetting("Fcps:Demo", _demo ? "true" : "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_time is { } time)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(time));
        }
    }

    /// <summary>Creates a user with the test password, optionally an administrator, with roles at sites.</summary>
    public async Task<FcpsUser> AddUserAsync(string email, bool administrator = false, params (string Site, string Role)[] roles)
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
        return user;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing request; the temp folder is cleaned by the system.
        }
    }
}
