using System.Net;
using FactoryCps.Web.Hosting;
using Microsoft.Extensions.Configuration;

namespace FactoryCps.Tests.Web;

/// <summary>
/// Behind a reverse proxy that terminates TLS (issue 14): with Fcps:RequireHttps every page answered 500, because the
/// proxy's X-Forwarded-Proto was never read and a Secure-only anti-forgery cookie cannot be set over HTTP. Forwarded
/// headers are believed from configured proxies only; plain HTTP from anyone else is redirected, never a 500.
/// On real Kestrel, where a request has a client address (the in-memory server gives none).
/// </summary>
public sealed class ProxyAndHttpsTests
{
    private const string PublicUrl = "https://fcps.example.com/plant/";

    private static Dictionary<string, string> Behind(string? proxies) => new()
    {
        [HttpsRequirement.Setting] = "true",
        [PublicLinks.Setting] = PublicUrl,
        [KnownProxies.Setting] = proxies ?? "",
    };

    private static HttpClient ClientOf(HostedApp app) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.BaseAddress };

    private static HttpRequestMessage Get(string path, string? forwardedProto = null, string? forwardedFor = null, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        request.Headers.Host = "fcps.example.com";
        request.Headers.Accept.ParseAdd("text/html");
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }

        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return request;
    }

    [Fact]
    public async Task Behind_a_known_proxy_that_says_https_pages_are_served_with_HSTS_and_Secure_cookies()
    {
        await using var app = await HostedApp.StartAsync(Behind("127.0.0.1"), kestrel: true);
        using var client = ClientOf(app);

        using var page = await client.SendAsync(Get("/login", forwardedProto: "https"), Token);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(page.Headers.Contains("Strict-Transport-Security"));
        var cookies = page.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(null)]            // no proxy configured: forwarded headers are ignored
    [InlineData("10.0.0.0/8")]    // the sender (loopback) is not one of the configured proxies
    [InlineData("127.0.0.1")]     // a known proxy whose client used plain HTTP
    public async Task Plain_HTTP_is_redirected_to_the_public_address_never_a_500(string? proxies)
    {
        await using var app = await HostedApp.StartAsync(Behind(proxies), kestrel: true);
        using var client = ClientOf(app);
        var claimed = proxies == "127.0.0.1" ? "http" : "https";

        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
        {
            using var answer = await client.SendAsync(Get("/sites?page=2", forwardedProto: claimed, method: method), Token);
            Assert.Equal(HttpStatusCode.TemporaryRedirect, answer.StatusCode);
            Assert.Equal($"{PublicUrl}sites?page=2", answer.Headers.Location?.AbsoluteUri);
            Assert.False(answer.Headers.Contains("Strict-Transport-Security")); // HSTS only over HTTPS
        }

        // A path that looks like a scheme stays a path under the public address.
        using var tricky = await client.SendAsync(Get("/javascript:alert(1)", forwardedProto: claimed), Token);
        Assert.StartsWith(PublicUrl, tricky.Headers.Location?.AbsoluteUri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.0.0.0/8", false)]
    public async Task The_sign_in_limit_counts_per_client_only_when_a_known_proxy_names_the_client(string proxies, bool perClient)
    {
        await using var app = await HostedApp.StartAsync(new() { [KnownProxies.Setting] = proxies }, kestrel: true);
        using var client = ClientOf(app);

        for (var i = 0; i < FactoryCps.Web.Security.SecuritySetup.SignInAttemptsPerMinute; i++)
        {
            using var attempt = await client.SendAsync(Get("/login", forwardedFor: "203.0.113.7", method: HttpMethod.Post), Token);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, attempt.StatusCode);
        }

        using var same = await client.SendAsync(Get("/login", forwardedFor: "203.0.113.7", method: HttpMethod.Post), Token);
        Assert.Equal(HttpStatusCode.TooManyRequests, same.StatusCode);
        using var other = await client.SendAsync(Get("/login", forwardedFor: "203.0.113.8", method: HttpMethod.Post), Token);
        Assert.Equal(perClient, other.StatusCode != HttpStatusCode.TooManyRequests);
    }

    [Theory]
    [InlineData("nginx")]
    [InlineData("10.0.0.1/8")]
    [InlineData("10.0.0.0/33")]
    [InlineData("127.0.0.1; 10.0.0.2")]
    public async Task A_bad_proxy_list_stops_the_start_saying_what_is_expected(string proxies)
    {
        Assert.Throws<StartupException>(() => KnownProxies.Parse(proxies));
        await using var app = await HostedApp.CreateAsync(new() { [KnownProxies.Setting] = proxies });

        var message = app.RefusedStart();

        Assert.Contains(KnownProxies.Setting, message, StringComparison.Ordinal);
        Assert.Contains("10.0.0.0/24", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Proxies_are_addresses_or_networks_separated_by_commas()
    {
        var parsed = KnownProxies.Parse(" 127.0.0.1, 10.0.0.0/24,::1 , fd00::/8,");
        Assert.Equal(["127.0.0.1/32", "10.0.0.0/24", "::1/128", "fd00::/8"], parsed.Select(n => n.ToString()));
        Assert.Empty(KnownProxies.Parse(null));
    }

    [Theory]
    [InlineData(null, null, false)]                          // nothing says where HTTPS is
    [InlineData("http://fcps.example.com/", null, false)]    // a public address, but not an https one
    [InlineData("https://fcps.example.com/", null, true)]
    [InlineData(null, "https://0.0.0.0:8443", true)]         // FactoryCPS serves HTTPS itself
    public void RequireHttps_needs_to_know_where_HTTPS_is(string? publicUrl, string? urls, bool accepted)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [HttpsRequirement.Setting] = "true",
            [PublicLinks.Setting] = publicUrl,
            ["urls"] = urls,
        }).Build();

        var refusal = Record.Exception(() => HttpsRequirement.RedirectTarget(configuration));

        Assert.Equal(accepted, refusal is null);
        if (refusal is not null)
        {
            Assert.IsType<StartupException>(refusal);
            Assert.Contains(HttpsRequirement.Setting, refusal.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RequireHttps_with_nowhere_to_redirect_stops_the_start()
    {
        await using var app = await HostedApp.CreateAsync(new() { [HttpsRequirement.Setting] = "true" });

        Assert.Contains(PublicLinks.Setting, app.RefusedStart(), StringComparison.Ordinal);
    }
}
