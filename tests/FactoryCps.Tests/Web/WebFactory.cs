using FactoryCps.Tests.Data;
using FactoryCps.Web.Accounts;
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
/// The web application on a fresh database of one provider (a temporary SQLite file, or a new PostgreSQL
/// database), with the demo site loaded, exactly as <c>fcps serve --demo</c> starts it.
/// </summary>
internal sealed class WebFactory : WebApplicationFactory<FactoryCps.Web.Program>
{
    public const string DemoSite = "kawasaki";
    public const string Password = "Correct-Horse-42";

    private readonly TestDatabase _database;
    private readonly string _data;
    private readonly bool _demo;
    private readonly Dictionary<string, string> _settings;
    private readonly TimeProvider? _time;

    private WebFactory(TestDatabase database, bool demo, Dictionary<string, string>? settings, TimeProvider? time = null)
    {
        _time = time;
        _database = database;
        _demo = demo;
        _settings = settings ?? [];
        _data = Directory.CreateTempSubdirectory("fcps-web-").FullName;
    }

    /// <summary>A started factory; <c>time</c> replaces the application's clock (a FakeTimeProvider in tests of schedules).</summary>
    public static async Task<WebFactory> CreateAsync(string provider, bool demo = true, Dictionary<string, string>? settings = null, TimeProvider? time = null)
    {
        var factory = new WebFactory(await TestDatabase.CreateAsync(provider), demo, settings, time);
        _ = factory.Server; // start: migrations and the demo site run before the first request
        return factory;
    }

    public string DataDirectory => _data;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Fcps:Database", _database.ConnectionString);
        builder.UseSetting("Fcps:Data", _data);
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

    /// <summary>An API token for a user.</summary>
    public async Task<string> TokenForAsync(FcpsUser user)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApiTokens>().CreateAsync(user.Id, "test", null);
    }

    /// <summary>A client signed in through the login form, as a browser would be.</summary>
    public async Task<HttpClient> SignedInClientAsync(string email)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await Forms.GetAsync(client, "/login");
        var response = await form.SubmitAsync(client, new() { ["Email"] = email, ["Password"] = Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
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
