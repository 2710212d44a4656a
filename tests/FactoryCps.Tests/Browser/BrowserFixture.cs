namespace FactoryCps.Tests.Browser;

/// <summary>
/// One server and one browser session for a test class: starting Chromium is the slow part, so the tests of a
/// class share it and each begins with a clean cookie jar (<see cref="Browser.Begin"/>).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Administrator = "admin@example.com";
    public const string Lead = "lead@example.com";

    private BrowserHost? _host;
    private Browser? _browser;

    internal BrowserHost Host => _host ?? throw new InvalidOperationException("The fixture has not started.");

    internal Browser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    public async ValueTask InitializeAsync()
    {
        _host = await BrowserHost.StartAsync();
        await _host.AddUserAsync(Administrator, administrator: true);
        await _host.AddUserAsync(Lead, roles: (BrowserHost.DemoSite, "security-lead"));
        _browser = Browser.Open(_host.BaseAddress, _host.Log.Problems);
    }

    public async ValueTask DisposeAsync()
    {
        _browser?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>Signs in through the login form and waits for the page it leads to.</summary>
    internal void SignIn(string email)
    {
        Browser.Go("/login");
        Browser.Type("#email", email);
        Browser.Type("#password", BrowserHost.Password);
        Browser.ClickAndWait("#sign-in");
        Assert.False(Browser.Exists("#login-error"), Browser.Exists("#login-error") ? Browser.Text("#login-error") : "");
    }
}

/// <summary>The browser classes run one after the other: two Chromiums at once only compete for the same cores.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection
{
    public const string Name = "browser";
}
