using FactoryCps.Tests.Browser;
using FactoryCps.Tests.Web.ApiContract.Client;
using FactoryCps.Tests.Web.ApiContract.Client.Models;
using FactoryCps.Tests.Web.ApiContract.Client.Sites.Item.Cases;
using FactoryCps.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace FactoryCps.Tests.Web.ApiContract;

/// <summary>
/// The client Kiota generated from the document, used as a script would use it: over a real socket (Kestrel), with
/// Kiota's own HTTP stack and an API token, on the demo site.
/// </summary>
public sealed class GeneratedClientUseTests
{
    private const string Site = FreshWebApplication.DemoSite;

    [Fact]
    public async Task A_generated_client_lists_sites_reads_an_analysis_and_opens_a_case()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await BrowserHost.StartAsync();
        var user = await host.AddUserAsync("engineer@example.com", roles: (Site, "engineer"));
        string token;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            token = await scope.ServiceProvider.GetRequiredService<ApiTokens>().CreateAsync(user.Id, "kiota", null, ct);
        }

        using var adapter = new HttpClientRequestAdapter(new BaseBearerTokenAuthenticationProvider(new FixedToken(token)))
        {
            BaseUrl = new Uri(host.BaseAddress, "api/v1").ToString(),
        };
        var client = new FcpsApiClient(adapter);

        var sites = await client.Sites.GetAsync(cancellationToken: ct);
        Assert.Equal(Site, Assert.Single(sites!).Key);
        Assert.Equal("engineer", sites![0].Role);

        var analysis = await client.Sites[Site].Analysis.GetAsync(cancellationToken: ct);
        var analysedSite = Assert.IsType<UntypedObject>(analysis!.AdditionalData["site"]);
        Assert.Equal(Site, Assert.IsType<UntypedString>(analysedSite.GetValue()["id"]).GetValue());
        Assert.NotEmpty(Assert.IsType<UntypedArray>(analysis.AdditionalData["zones"]).GetValue());

        var opened = await client.Sites[Site].Cases.PostAsync(new CasesPostRequestBody { Title = "ライン1 の PLC が再起動を繰り返す", Severity = "high" }, cancellationToken: ct);
        var number = opened!.Case!.Number!.Value;
        Assert.Equal("observe", opened.Case.Phase);
        var read = await client.Sites[Site].Cases[number].GetAsync(cancellationToken: ct);
        Assert.Equal("ライン1 の PLC が再起動を繰り返す", read!.Case!.Title);
        Assert.Contains(await client.Sites[Site].Cases.GetAsync(cancellationToken: ct) ?? [], c => c.Number == number);

        // A refusal arrives as the problem details the document names, with its status.
        var missing = await Assert.ThrowsAsync<ProblemDetails>(() => client.Sites["no-such-site"].GetAsync(cancellationToken: ct));
        Assert.Equal(404, missing.ResponseStatusCode);
    }

    /// <summary>The token a script would read from its configuration; Kiota sends it as <c>Authorization: Bearer</c>.</summary>
    private sealed class FixedToken(string token) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(token);
    }
}
