namespace FactoryCps.Tests.Browser;

/// <summary>
/// One server and one browser session for a test class: starting Chromium is the slow part, so the tests of a
/// class share it and each begins with a clean cookie jar (<see cref="Browser.Begin"/>).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Administrator = "admin@example.com";
    public const string Lead = "lead@example.com";

    /// <summary>The head of the plant floor (現場部門長).</summary>
    public const string SiteManager = "manager@example.com";

    /// <summary>An engineer of the plant floor.</summary>
    public const string Engineer = "engineer@example.com";

    /// <summary>Management (経営者), who approves decisions on the most important assets.</summary>
    public const string Executive = "executive@example.com";

    private const string SignOutButton = "form[action='/logout'] button";

    private BrowserHost? _host;
    private Browser? _browser;

    internal BrowserHost Host => _host ?? throw new InvalidOperationException("The fixture has not started.");

    internal Browser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    public async ValueTask InitializeAsync()
    {
        _host = await BrowserHost.StartAsync();
        await _host.AddUserAsync(Administrator, administrator: true);
        await _host.AddUserAsync(Lead, roles: (BrowserHost.DemoSite, "security-lead"));
        await _host.AddUserAsync(SiteManager, roles: (BrowserHost.DemoSite, "site-manager"));
        await _host.AddUserAsync(Engineer, roles: (BrowserHost.DemoSite, "engineer"));
        await _host.AddUserAsync(Executive, roles: (BrowserHost.DemoSite, "executive"));
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

    /// <summary>
    /// Creates <paramref name="site"/> as the administrator and imports a synthetic plant of <paramref name="size"/>
    /// through the model page's upload, as a plant would bring a large model in.
    /// </summary>
    internal void ImportSyntheticSite(string site, string name, FactoryCps.Synthetic.SyntheticModel.Size size)
    {
        var model = Path.Combine(Directory.CreateTempSubdirectory("fcps-synthetic-").FullName, $"{site}.yaml");
        File.WriteAllText(model, FactoryCps.Synthetic.SyntheticModel.Generate(size, [.. FactoryCps.Catalog.Loading.CatalogLoader.Default.Countermeasures.Select(c => c.Id)]));
        SignIn(Administrator);
        Browser.Type("#new-site-id", site);
        Browser.Type("#new-site-name", name);
        Browser.ClickAndWait("#create-site");
        Browser.Go($"/sites/{site}/model");
        Browser.Find("#file").SendKeys(model);
        Browser.ClickAndWait("#import");
        Assert.True(Browser.Exists("#import-ok"), Browser.Text("main"));
    }

    /// <summary>Signs out whoever is signed in, with the header's button as a user would, and signs in as another.</summary>
    internal void SignInAs(string email)
    {
        if (Browser.Exists(SignOutButton))
        {
            Browser.ClickAndWait(SignOutButton);
            Browser.ExpectPath("/login");
        }

        SignIn(email);
    }
}

/// <summary>The browser classes run one after the other: two Chromiums at once only compete for the same cores.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection
{
    public const string Name = "browser";
}
