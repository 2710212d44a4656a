using System.Net;
using System.Net.Http.Headers;
using FactoryCps.Cases;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Cases;
using FactoryCps.Web.Checklists;
using FactoryCps.Web.Data;
using FactoryCps.Web.Reviews;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using FactoryCps.Web.Suppliers.Actions;
using FactoryCps.Web.Suppliers.Questionnaires;
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

    [Theory]
    [DatabaseProviders]
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

            // Assessment pages address round 1 of the demo site and its network segmentation question.
            var (round, _) = await scope.ServiceProvider.GetRequiredService<RoundDesk>().CreateAsync(
                demo, new NewRound("2026 自己点検", FactoryCps.Checklists.AssessmentScope.All, new DateOnly(2027, 1, 31), false, []), new RoundActor(null, "test", null, true), TestContext.Current.CancellationToken);
            Assert.NotNull(round);

            // Review pages address review 1 of the demo site, recorded with its action 1 (an item of the plan, marked done by its route).
            var reviews = scope.ServiceProvider.GetRequiredService<ReviewDesk>();
            await reviews.CreateAsync(
                demo, new ReviewDraft("periodic", new DateOnly(2026, 12, 1), new DateOnly(2027, 6, 1), "決定", false, [("山田", null)], [("手順書の改訂", "sec-dept", null)]), new Actor(null, "test"), TestContext.Current.CancellationToken);
            Assert.Null((await reviews.CloseAsync(demo, 1, 1, new Actor(null, "test"), TestContext.Current.CancellationToken)).Refusal);
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
        var checkedRoutes = new HashSet<string>(StringComparer.Ordinal);
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
            checkedRoutes.Add(route!);
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
        Assert.Empty(MustBeChecked.Except(checkedRoutes));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [DatabaseProviders]
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

    [Theory]
    [DatabaseProviders]
    public async Task Portal_sessions_reach_nothing_outside_the_portal_and_an_account_only_its_supplier_at_its_site(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<SiteModelStore>().ImportAsync($"format: 1\nsite: {{ id: {OtherSite} }}\n", "other.yaml", new Actor(null, "test"), TestContext.Current.CancellationToken)).Succeeded);
        }

        // Supplier 1 of the demo site (the account's), another supplier there, and a supplier of the same name at another site.
        var (mine, invitation) = await SupplyTestData.IssueAsync(factory);
        var (theirs, _) = await SupplyTestData.IssueAsync(factory, supplier: "Integrator B", stakeholder: "integrator-b");
        var (elsewhere, _) = await SupplyTestData.IssueAsync(factory, OtherSite, "Maker A", null);
        foreach (var q in new[] { mine, theirs, elsewhere })
        {
            await SupplyTestData.AddEvidenceAsync(factory, q, SupplierRulesTests.Sample("pdf"), "policy.pdf");
        }

        var (account, _) = await SupplierAccountClients.SignedInAsync(factory, mine);
        var sessions = new Dictionary<string, HttpClient>
        {
            ["supplier account"] = account,
            ["invitation"] = await SupplyTestData.PortalClientAsync(factory, invitation),
        };
        var failures = new List<string>();
        var outside = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !e.RoutePattern.RawText!.TrimStart('/').StartsWith("portal", StringComparison.Ordinal)
                && !e.RoutePattern.RawText.TrimStart('/').StartsWith("error", StringComparison.Ordinal)
                && e.RoutePattern.RawText.TrimStart('/') != "language") // the error pages and the language switch answer anyone
            .ToList();
        foreach (var (name, client) in sessions)
        {
            foreach (var endpoint in outside)
            {
                var url = Fill(endpoint.RoutePattern);
                foreach (var method in Methods(endpoint))
                {
                    var status = (int)(await Send(client, method, url)).StatusCode;
                    if (status != 404)
                    {
                        failures.Add($"{method} {url} as {name}: {status}, expected 404");
                    }
                }
            }
        }

        long EvidenceOf(Questionnaire q)
        {
            using var scope = factory.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<FcpsDbContext>().EvidenceFiles().Where(e => e.QuestionnaireId == q.Id).Select(e => e.Id).Single();
        }

        var own = $"/portal/questionnaires/{mine.PublicId}";
        Assert.Equal(HttpStatusCode.OK, (await account.GetAsync($"{own}?handler=evidence&evidence={EvidenceOf(mine)}", TestContext.Current.CancellationToken)).StatusCode);
        foreach (var q in new[] { theirs, elsewhere })
        {
            string[] foreign = [$"/portal/questionnaires/{q.PublicId}", $"/portal/questionnaires/{q.PublicId}/excel", $"/portal/questionnaires/{q.PublicId}/excel?handler=download&lang=ja", $"{own}?handler=evidence&evidence={EvidenceOf(q)}", $"/portal/questionnaires/{q.PublicId}?handler=evidence&evidence={EvidenceOf(q)}"];
            foreach (var url in foreign)
            {
                var status = (int)(await account.GetAsync(url, TestContext.Current.CancellationToken)).StatusCode;
                if (status != 404)
                {
                    failures.Add($"GET {url} as supplier account: {status}, expected 404");
                }
            }

            // Answering another supplier's questionnaire with a valid anti-forgery token of the session changes nothing.
            var form = await Forms.GetAsync(account, own, "#answers-form");
            var post = new FormUrlEncodedContent([new("__RequestVerificationToken", form.Form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), new($"answer:{q.Items[0].ItemId}", "yes")]);
            var status2 = (int)(await account.PostAsync($"/portal/questionnaires/{q.PublicId}?handler=answers", post, TestContext.Current.CancellationToken)).StatusCode;
            if (status2 != 404)
            {
                failures.Add($"POST answers to {q.PublicId} as supplier account: {status2}, expected 404");
            }
        }

        // An invitation's session has no account: the password page is not there for it.
        if ((int)(await sessions["invitation"].GetAsync("/portal/password", TestContext.Current.CancellationToken)).StatusCode != 404)
        {
            failures.Add("GET /portal/password as invitation: expected 404");
        }

        Assert.True(outside.Count >= 20, $"only {outside.Count} endpoints outside the portal found");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        await using var check = factory.Services.CreateAsyncScope();
        Assert.False(await check.ServiceProvider.GetRequiredService<FcpsDbContext>().QuestionnaireItems().AnyAsync(i => i.Answer != null, TestContext.Current.CancellationToken));
    }

    /// <summary>
    /// Routes named here so that a change in how they are found (a page convention, a route group) cannot drop
    /// them from the matrix unnoticed: the questionnaire work of the pages and the API, the Excel round trip, and the
    /// guided set-up of a new site.
    /// </summary>
    private static readonly string[] MustBeChecked =
    [
        "sites/{site}/questionnaires/{number:int}/excel",
        "sites/{site}/heatmap",
        "/api/v1/sites/{site}/suppliers/{supplier:int}/items/{item:int}/questionnaires",
        "/api/v1/sites/{site}/questionnaires/{number:int}/items/{itemId}/judgement",
        "/api/v1/sites/{site}/questionnaires/{number:int}/close",
        "/api/v1/sites/{site}/questionnaires/{number:int}/invitations",
        "/api/v1/sites/{site}/questionnaires/{number:int}/invitations/{invitation:long}",
        "/api/v1/sites/{site}/questionnaires/{number:int}/workbook",
        "sites/{site}/start",
        "sites/{site}/start/{stage}",
        "sites/{site}/start/analysis",
        "sites/{site}/assessments/new",
        "sites/{site}/assessments/{number:int}/review",
        "sites/{site}/assessments/{number:int}/close",
        "/api/v1/sites/{site}/assessments/{number:int}/questions/{questionId}/answer",
        "/api/v1/sites/{site}/assessments/{number:int}/close",
        "sites/{site}/assessments/{number:int}/file",
        "/api/v1/sites/{site}/assessments/{number:int}/file",
        "sites/{site}/reviews/{number:int}",
        "/api/v1/sites/{site}/reviews/{number:int}/close",
        "/api/v1/sites/{site}/reviews/{number:int}/inputs",
        "/sites/{site}/reviews/{number:int}/report",
        "/api/v1/sites/{site}/reviews/{number:int}/report",
        "/api/v1/sites/{site}/reviews/{number:int}/actions/{position:int}/done",
        "sites/{site}/reviews",
    ];

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
            ["step"] = "1-3",
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
            ["itemId"] = "sc-product-procurement-01", // a question of questionnaire 1 (a product in procurement)
            ["invitation"] = "1", // the link SupplyTestData made; revoking it again answers 204 as the first time
            ["supplierAction"] = "1",
            ["position"] = "1", // a review's action by its number within the review
            ["stage"] = "zones", // a stage of the guided set-up (Start/)
            ["name"] = "heat-map", // a picture of the dashboard (its own address)
            ["notice"] = "1", // a notice in the caller's inbox (none there: 404, as another user's)
            ["questionId"] = "q-cm-net-segmentation", // a question of assessment round 1
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
