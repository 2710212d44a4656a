using System.Net;
using System.Net.Http.Headers;
using FactoryCps.Tests.Data;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Cases;
using FactoryCps.Web.Data;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web;

/// <summary>
/// The authorization matrix, generated from the application's own endpoint list so that a new page or API
/// route cannot be forgotten: every endpoint that addresses a site is asked by a user of every role, and by a
/// user who holds a role only at another site. The answers must be exactly the policy of docs/roles.md:
/// 404 without a role, 403 for a role without the permission, and never 401/403/404 for a role with it.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    private const string OtherSite = "other-plant";
    private const string NoRole = "(role at another site only)";

    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_site_endpoint_answers_every_role_as_the_policy_says(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<SiteModelStore>();
            var created = await store.ImportAsync($"format: 1\nsite: {{ id: {OtherSite} }}\n", "other.yaml", new Actor(null, "test"), TestContext.Current.CancellationToken);
            Assert.True(created.Succeeded);

            // Case pages address case #1 of the demo site.
            var demo = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().Sites.SingleAsync(s => s.Key == WebFactory.DemoSite, TestContext.Current.CancellationToken);
            await scope.ServiceProvider.GetRequiredService<CaseHandling>().ReportIncidentAsync(
                demo, new IncidentReport("HMI restarts at night", null, "plc-line1", "high"), new CaseActor(null, "test", null, true), TestContext.Current.CancellationToken);
        }

        // Supplier pages address supplier 1, its item 1, questionnaire 1 and evidence file 1 of the demo site.
        var (questionnaire, _) = await SupplyTestData.IssueAsync(factory);
        await SupplyTestData.AddEvidenceAsync(factory, questionnaire, SupplierRulesTests.Sample("pdf"), "policy.pdf");

        // Supplier action routes address supplier action 1: an open point stored as closing a review would store it.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
            db.SupplierActions().Add(new SupplierAction
            {
                SiteId = questionnaire.SiteId,
                QuestionnaireId = questionnaire.Id,
                SupplierId = questionnaire.SupplierId,
                SuppliedItemId = questionnaire.SuppliedItemId,
                ItemId = questionnaire.Items[0].ItemId,
                TitleJa = "回答を確認する",
                TitleEn = "Follow up the answer",
                Reason = "flagged",
                Status = SupplierAction.Open,
                CreatedAt = DateTimeOffset.UnixEpoch,
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var clients = new Dictionary<string, (HttpClient Pages, HttpClient Api, string? Role, bool Admin)>();
        async Task AddRole(string name, string? role, bool admin)
        {
            var email = $"{name.Replace(' ', '-').Trim('(', ')')}@example.com";
            var user = role is null
                ? await factory.AddUserAsync(email, admin, admin ? [] : [(OtherSite, "security-lead")])
                : await factory.AddUserAsync(email, false, (WebFactory.DemoSite, role));
            var api = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await factory.TokenForAsync(user));
            clients[name] = (await factory.SignedInClientAsync(email), api, role, admin);
        }

        await AddRole(NoRole, null, admin: false);
        await AddRole(SiteRoles.Administrator, null, admin: true);
        foreach (var role in SiteRoles.Permissions.Keys)
        {
            await AddRole(role, role, admin: false);
        }

        var failures = new List<string>();
        var checkedEndpoints = 0;
        foreach (var endpoint in SiteEndpoints(factory))
        {
            var permission = endpoint.Metadata.GetMetadata<SitePermissionAttribute>();
            var route = endpoint.RoutePattern.RawText;
            if (permission is null)
            {
                failures.Add($"{route}: addresses a site but declares no SitePermission");
                continue;
            }

            checkedEndpoints++;
            var url = Fill(endpoint.RoutePattern);
            var isApi = route!.TrimStart('/').StartsWith("api/", StringComparison.Ordinal);
            foreach (var method in Methods(endpoint))
            {
                foreach (var (name, (pages, api, role, admin)) in clients)
                {
                    var response = await Send(isApi ? api : pages, method, url);
                    var status = (int)response.StatusCode;
                    var allowed = SiteRoles.Allows(admin, role, permission.For(method));
                    var expected = role is null && !admin ? "404" : allowed ? "not 401/403/404/5xx" : "403";
                    var ok = role is null && !admin ? status == 404
                        : allowed ? status is not (401 or 403 or 404) and < 500
                        : status == 403;
                    if (!ok)
                    {
                        failures.Add($"{method} {url} as {name}: {status}, expected {expected}");
                    }
                }
            }
        }

        Assert.True(checkedEndpoints >= 15, $"only {checkedEndpoints} site endpoints found");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_endpoint_but_sign_in_needs_an_authenticated_user(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var failures = new List<string>();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .ToList();
        foreach (var endpoint in endpoints)
        {
            var url = Fill(endpoint.RoutePattern);
            foreach (var method in Methods(endpoint))
            {
                var response = await Send(anonymous, method, url);
                var toLogin = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/login", StringComparison.Ordinal) == true;
                if (response.StatusCode != HttpStatusCode.Unauthorized && !toLogin)
                {
                    failures.Add($"{method} {url}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(endpoints.Count >= 20, $"only {endpoints.Count} endpoints found");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static IEnumerable<RouteEndpoint> SiteEndpoints(WebFactory factory) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.GetParameter("site") is not null)
            .OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal);

    /// <summary>Pages answer any method (GET reads, POST changes); API routes declare theirs.</summary>
    private static IReadOnlyList<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? [.. methods] : ["GET", "POST"];

    /// <summary>A URL for a route, with values that exist in the demo site, so that allowed requests reach real objects.</summary>
    private static string Fill(RoutePattern pattern)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["site"] = WebFactory.DemoSite,
            ["section"] = "assets",
            ["key"] = "plc-line1",
            ["id"] = "plc-line1",
            ["asset"] = "plc-line1", // has the demo's sample SBOM (samples/sboms/plc-line1.cdx.json)
            ["zone"] = "control-line1",
            ["format"] = "json",
            ["path"] = "no-such-route",
            ["number"] = "1",
            ["action"] = "update",
            ["supplier"] = "1",
            ["item"] = "1",
            ["evidence"] = "1",
            ["supplierAction"] = "1",
        };
        if (pattern.RawText!.Contains("countermeasures/", StringComparison.Ordinal))
        {
            // A countermeasure status is addressed by its catalogue id (and scope, when it has one).
            values["key"] = values["id"] = "net-segmentation";
        }

        var segments = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            var text = string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternSeparatorPart separator => separator.Content,
                RoutePatternParameterPart parameter => values.TryGetValue(parameter.Name, out var value)
                    ? value
                    : throw new Xunit.Sdk.XunitException($"Teach the authorization matrix a value for the route parameter '{parameter.Name}' ({pattern.RawText})."),
                _ => "",
            }));
            segments.Add(text);
        }

        return "/" + string.Join('/', segments);
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string method, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is not ("GET" or "HEAD" or "DELETE"))
        {
            // No anti-forgery token and no valid body: an allowed request is refused by validation, never applied.
            request.Content = new FormUrlEncodedContent([]);
        }

        return client.SendAsync(request);
    }
}
