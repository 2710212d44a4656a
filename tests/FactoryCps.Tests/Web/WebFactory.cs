using FactoryCps.Tests.Data;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web;

/// <summary>
/// The web application on the in-memory test server, on a fresh database of one provider (a temporary SQLite
/// file, or a new PostgreSQL database), with the demo site loaded, exactly as <c>fcps serve --demo</c> starts it.
/// </summary>
internal sealed class WebFactory : FreshWebApplication
{
    private WebFactory(TestDatabase database, bool demo, Dictionary<string, string>? settings, TimeProvider? time)
        : base(database, "fcps-web-", demo, settings, time)
    {
    }

    /// <summary>
    /// A started factory; <c>time</c> replaces the application's clock (a FakeTimeProvider in tests of schedules). The
    /// reminder schedule's timer is off unless a test sets it: a tick at a moment of its own would add notices (a site
    /// with no PDCA review is called for one) to whatever a test counts; tests of reminders run each tick themselves.
    /// </summary>
    public static async Task<WebFactory> CreateAsync(string provider, bool demo = true, Dictionary<string, string>? settings = null, TimeProvider? time = null)
    {
        settings = settings is null ? [] : new Dictionary<string, string>(settings);
        settings.TryAdd(FactoryCps.Web.Notifications.ReminderSchedule.IntervalSetting, "0");
        var factory = new WebFactory(await TestDatabase.CreateAsync(provider), demo, settings, time);
        _ = factory.Server; // start: migrations and the demo site run before the first request
        return factory;
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
}
