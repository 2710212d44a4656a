using System.Net;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web;

/// <summary>Starting the server, the first administrator, sign-in and the protections every response carries.</summary>
public sealed class HostingTests
{
    private static HttpClient Anonymous(WebFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [DatabaseProviders]
    public async Task Start_migrates_and_loads_the_demo_site_once(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.Equal([WebFactory.DemoSite], await db.Sites.Select(s => s.Key).ToListAsync(TestContext.Current.CancellationToken));
        Assert.True(await db.ModelObjects.CountAsync(TestContext.Current.CancellationToken) > 20);
    }

    [Theory]
    [DatabaseProviders]
    public async Task First_administrator_is_created_only_through_the_one_time_link(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var token = factory.Services.GetRequiredService<SetupToken>().Value;
        Assert.False(string.IsNullOrEmpty(token));
        var client = Anonymous(factory);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/setup", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/setup?token=wrong", TestContext.Current.CancellationToken)).StatusCode);

        var form = await Forms.GetAsync(client, $"/setup?token={token}", ".login form");
        var weak = await form.SubmitAsync(client, new() { ["Email"] = "admin@example.com", ["Password"] = "short" });
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("notice bad", await weak.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var created = await form.SubmitAsync(client, new() { ["Email"] = "admin@example.com", ["Password"] = WebFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Null(factory.Services.GetRequiredService<SetupToken>().Value);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        var admin = await db.Users.SingleAsync(TestContext.Current.CancellationToken);
        Assert.True(admin.IsAdministrator);
        Assert.NotEqual(WebFactory.Password, admin.PasswordHash);

        // The link is used up: a second visitor gets nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous(factory).GetAsync($"/setup?token={token}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Pages_need_sign_in_and_a_signed_in_user_sees_the_dashboard(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var anonymous = await Anonymous(factory).GetAsync($"/sites/{WebFactory.DemoSite}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/login", new Uri(new Uri("http://localhost"), anonymous.Headers.Location!).AbsolutePath);

        await factory.AddUserAsync("lead@example.com", roles: (WebFactory.DemoSite, "security-lead"));
        var client = await factory.SignedInClientAsync("lead@example.com");
        var document = await Forms.PageAsync(client, $"/sites/{WebFactory.DemoSite}");
        Assert.NotNull(document.QuerySelector("#top-risks tbody tr"));
        Assert.Matches("^[0-9]+%$", document.QuerySelector("#coverage")!.TextContent);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Wrong_password_is_refused_without_saying_whether_the_account_exists(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("engineer@example.com", roles: (WebFactory.DemoSite, "engineer"));
        var client = Anonymous(factory);
        async Task<string> Attempt(string email)
        {
            var form = await Forms.GetAsync(client, "/login", ".login form");
            var response = await form.SubmitAsync(client, new() { ["Email"] = email, ["Password"] = "Wrong-Password-1" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return Forms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#login-error")!.TextContent;
        }

        Assert.Equal(await Attempt("nobody@example.com"), await Attempt("engineer@example.com"));
    }

    [Theory]
    [DatabaseProviders]
    public async Task Sign_in_attempts_are_rate_limited_per_client(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var client = Anonymous(factory);
        var form = await Forms.GetAsync(client, "/login", ".login form");
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i <= FactoryCps.Web.Security.SecuritySetup.SignInAttemptsPerMinute; i++)
        {
            responses.Add(await form.SubmitAsync(client, new() { ["Email"] = "x@example.com", ["Password"] = "Wrong-Password-1" }));
        }

        Assert.All(responses[..^1], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, responses[^1].StatusCode);
        // When to try again: the rest of the one-minute window.
        Assert.InRange(responses[^1].Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Responses_carry_security_headers_and_a_policy_without_inline_script_or_style(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var response = await Anonymous(factory).GetAsync("/login", TestContext.Current.CancellationToken);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());

        // Nothing inline for the policy to block: no style attributes, no inline scripts or style elements.
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var document = Forms.Parse(html);
        Assert.Empty(document.QuerySelectorAll("[style], style, script:not([src])"));
        Assert.Contains("fcps.csrf", string.Join(";", response.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_stylesheet_is_served_from_the_assembly(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var response = await Anonymous(factory).GetAsync("/app.css", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("--accent", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Single_sign_on_is_offered_only_when_configured(string provider)
    {
        await using var plain = await WebFactory.CreateAsync(provider);
        Assert.DoesNotContain("/login/sso", await Anonymous(plain).GetStringAsync("/login", TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Anonymous(plain).GetAsync("/login/sso", TestContext.Current.CancellationToken)).StatusCode);

        await using var sso = await WebFactory.CreateAsync(provider, settings: new()
        {
            ["Fcps:Oidc:Authority"] = "https://idp.example.com",
            ["Fcps:Oidc:ClientId"] = "factorycps",
            ["Fcps:Oidc:DisplayName"] = "Example SSO",
        });
        var login = Forms.Parse(await Anonymous(sso).GetStringAsync("/login", TestContext.Current.CancellationToken));
        Assert.Contains("Example SSO", login.QuerySelector("a[href='/login/sso']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_that_cannot_be_migrated_stops_the_server_and_is_left_as_it_was()
    {
        var directory = Directory.CreateTempSubdirectory("fcps-broken-").FullName;
        try
        {
            var file = Path.Combine(directory, "factorycps.db");
            await File.WriteAllTextAsync(file, "this is not a SQLite database, and it must survive", TestContext.Current.CancellationToken);
            var before = await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken);
            await using var factory = new WebApplicationFactory<FactoryCps.Web.Program>().WithWebHostBuilder(builder =>
            {
                builder.UseSetting("Fcps:Data", directory);
                builder.UseSetting("Fcps:Database", FactoryCps.Web.Data.Database.SqliteIn(directory));
            });
            // The start fails (Main reports the reason and returns 1); no request is ever served.
            Assert.ThrowsAny<Exception>(() => factory.Server);
            Assert.Equal(before, await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [DatabaseProviders]
    public async Task Pages_write_japanese_as_characters_and_still_escape_what_html_reads(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var imported = await scope.ServiceProvider.GetRequiredService<SiteModelStore>().ImportAsync(
                "format: 1\nsite: { id: hostile, name: '工場 <script>alert(1)</script> & \"x\"' }\n", "hostile.yaml", new Actor(null, "test"), TestContext.Current.CancellationToken);
            Assert.True(imported.Succeeded);
        }

        await factory.AddUserAsync("viewer@example.com", roles: ("hostile", "viewer"));
        var client = await factory.SignedInClientAsync("viewer@example.com");
        var html = await client.GetStringAsync("/sites/hostile", TestContext.Current.CancellationToken);

        // Kanji as UTF-8 (3 bytes), not as references (&#x5DE5;, 8): the pages are Japanese first.
        Assert.Contains("ダッシュボード", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x30C0;", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("工場 &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }
}
