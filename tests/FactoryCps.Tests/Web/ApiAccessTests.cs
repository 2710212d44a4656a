using System.Net;
using System.Text.Json.Nodes;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static FactoryCps.Tests.Web.ApiClients;

namespace FactoryCps.Tests.Web;

/// <summary>Who reaches the API: bearer tokens only, a site answers only to those with a role there, roles limit writes.</summary>
public sealed class ApiAccessTests
{
    /// <summary>Every API route that addresses a site, with a method; the OpenAPI test checks that none is missing here.</summary>
    private static readonly (string Method, string Path)[] SiteRoutes =
    [
        ("GET", "/api/v1/sites/{0}"),
        ("GET", "/api/v1/sites/{0}/model"),
        ("PUT", "/api/v1/sites/{0}/model"),
        ("GET", "/api/v1/sites/{0}/assets"),
        ("POST", "/api/v1/sites/{0}/assets"),
        ("GET", "/api/v1/sites/{0}/assets/plc-line1"),
        ("PUT", "/api/v1/sites/{0}/assets/plc-line1"),
        ("DELETE", "/api/v1/sites/{0}/assets/plc-line1"),
        ("GET", "/api/v1/sites/{0}/bcp"),
        ("PUT", "/api/v1/sites/{0}/bcp"),
        ("DELETE", "/api/v1/sites/{0}/bcp"),
        ("GET", "/api/v1/sites/{0}/countermeasures"),
        ("POST", "/api/v1/sites/{0}/countermeasures"),
        ("GET", "/api/v1/sites/{0}/countermeasures/net-dmz"),
        ("PUT", "/api/v1/sites/{0}/countermeasures/net-dmz"),
        ("DELETE", "/api/v1/sites/{0}/countermeasures/net-dmz"),
        ("GET", "/api/v1/sites/{0}/analysis"),
        ("GET", "/api/v1/sites/{0}/plan"),
        ("GET", "/api/v1/sites/{0}/reports/html"),
        ("GET", "/api/v1/sites/{0}/audit"),
    ];

    [Theory]
    [DatabaseProviders]
    public async Task A_valid_bearer_token_is_required_and_a_signed_in_cookie_is_not_enough(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var user = await factory.AddUserAsync("lead@example.com", roles: (Site, "security-lead"));
        var token = await factory.TokenForAsync(user);
        var ct = TestContext.Current.CancellationToken;

        var anonymous = await Bare(factory).GetAsync("/api/v1/sites", ct);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bare(factory, "fcps_" + new string('0', 64)).GetAsync("/api/v1/sites", ct)).StatusCode);

        var sites = await Bare(factory, token).GetAsync("/api/v1/sites", ct);
        Assert.Equal(HttpStatusCode.OK, sites.StatusCode);
        var list = (await ReadAsync(sites)).AsArray();
        Assert.Equal(Site, (string?)list.Single()!["key"]);
        Assert.Equal("security-lead", (string?)list.Single()!["role"]);

        // The browser's session cookie does not open the API: no cross-site request can act through it.
        var browser = await factory.SignedInClientAsync("lead@example.com");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/sites/{Site}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/sites", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync($"/api/v1/sites/{Site}/assets", ct)).StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var tokens = scope.ServiceProvider.GetRequiredService<ApiTokens>();
            var id = (await tokens.ListAsync(user.Id, ct)).Single().Id;
            Assert.True(await tokens.RevokeAsync(user.Id, id, ct));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await Bare(factory, token).GetAsync("/api/v1/sites", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bare(factory, token).GetAsync($"/api/v1/sites/{Site}/assets", ct)).StatusCode);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Every_site_route_answers_not_found_to_a_user_without_a_role_there(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var outsider = await ForAsync(factory, "outsider@example.com", role: null);
        var lead = await ForAsync(factory, "lead@example.com", "security-lead");
        var ct = TestContext.Current.CancellationToken;

        Assert.Empty((await ReadAsync(await outsider.GetAsync("/api/v1/sites", ct))).AsArray());
        foreach (var (method, template) in SiteRoutes)
        {
            foreach (var (client, site) in new[] { (outsider, Site), (lead, "no-such-site") })
            {
                var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, site);
                var response = await client.SendAsync(Request(new HttpMethod(method), path, method is "PUT" or "POST" ? NewAsset() : null, "\"1\""), ct);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {path}: {response.StatusCode}");
            }
        }

        // Unknown sections and addresses are API answers too, not the sign-in page.
        await ProblemAsync(await lead.GetAsync($"/api/v1/sites/{Site}/no-such-section", ct), HttpStatusCode.NotFound);
        await ProblemAsync(await lead.GetAsync("/api/v1/no/such/address", ct), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bare(factory).GetAsync("/api/v1/no/such/address", ct)).StatusCode);
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_viewer_reads_but_may_not_write_import_or_read_the_audit_log(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var viewer = await ForAsync(factory, "viewer@example.com", "viewer");
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/sites/{Site}/assets", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/sites/{Site}/countermeasures/net-dmz", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/sites/{Site}/analysis", ct)).StatusCode);
        var refused = new[]
        {
            Request(HttpMethod.Post, $"/api/v1/sites/{Site}/assets", NewAsset()),
            Request(HttpMethod.Put, $"/api/v1/sites/{Site}/assets/plc-line1", NewAsset("plc-line1"), "\"1\""),
            Request(HttpMethod.Delete, $"/api/v1/sites/{Site}/assets/office-pc", ifMatch: "\"1\""),
            Request(HttpMethod.Put, $"/api/v1/sites/{Site}/countermeasures/net-dmz", new JsonObject { ["id"] = "net-dmz", ["status"] = "missing" }, "\"1\""),
            Request(HttpMethod.Get, $"/api/v1/sites/{Site}/model"),
            Request(HttpMethod.Put, $"/api/v1/sites/{Site}/model", new JsonObject { ["format"] = 1 }),
            Request(HttpMethod.Get, $"/api/v1/sites/{Site}/audit"),
        };
        foreach (var request in refused)
        {
            var description = $"{request.Method} {request.RequestUri}";
            var response = await viewer.SendAsync(request, ct);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{description}: {response.StatusCode}");
        }

        Assert.Equal("viewer", (string?)(await ReadAsync(await viewer.GetAsync($"/api/v1/sites/{Site}", ct)))["role"]);
        var office = await viewer.GetAsync($"/api/v1/sites/{Site}/assets/office-pc", ct);
        Assert.Equal(HttpStatusCode.OK, office.StatusCode);
        Assert.Equal("\"1\"", office.Headers.ETag!.ToString());

        // Only administrators create sites.
        var site = new JsonObject { ["format"] = 1, ["site"] = new JsonObject { ["id"] = "osaka" } };
        await ProblemAsync(await viewer.PostAsync("/api/v1/sites", JsonBody(site), ct), HttpStatusCode.Forbidden);
        var lead = await ForAsync(factory, "lead@example.com", "security-lead");
        await ProblemAsync(await lead.PostAsync("/api/v1/sites", JsonBody(site), ct), HttpStatusCode.Forbidden);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Each_site_route_names_the_permission_of_what_it_changes(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/sites/{site}", StringComparison.Ordinal) == true)
            .ToList();
        Assert.NotEmpty(endpoints);
        foreach (var endpoint in endpoints)
        {
            var pattern = endpoint.RoutePattern.RawText!;
            var permission = endpoint.Metadata.GetMetadata<SitePermissionAttribute>();
            Assert.True(permission is not null, pattern);
            var method = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Single();
            var expected = pattern switch
            {
                _ when pattern.EndsWith("/audit", StringComparison.Ordinal) => SitePermission.ViewAudit,
                _ when pattern.EndsWith("/model", StringComparison.Ordinal) => SitePermission.Import,
                // Invitation links and the workbook to send are for those who manage suppliers, reading too (as their pages).
                _ when pattern.EndsWith("/invitations", StringComparison.Ordinal) || pattern.EndsWith("/workbook", StringComparison.Ordinal) => SitePermission.ManageSuppliers,
                _ when method == "GET" => SitePermission.View,
                _ when pattern.Contains("/countermeasures", StringComparison.Ordinal) => SitePermission.EditCountermeasures,
                _ when pattern.Contains("/cases", StringComparison.Ordinal) => SitePermission.WorkCases,
                _ when pattern.Contains("/suppliers", StringComparison.Ordinal) || pattern.Contains("/questionnaires", StringComparison.Ordinal) => SitePermission.ManageSuppliers,
                _ when pattern.Contains("/supplier-actions", StringComparison.Ordinal) => SitePermission.ManageSuppliers,
                // Answers, their evidence and a filled round file are the answerers'; creating, reviewing and closing a round the security lead's.
                _ when pattern.Contains("/assessments/", StringComparison.Ordinal) && (pattern.EndsWith("/answer", StringComparison.Ordinal) || pattern.EndsWith("/answers", StringComparison.Ordinal) || pattern.EndsWith("/file", StringComparison.Ordinal)) => SitePermission.AnswerAssessments,
                _ when pattern.Contains("/assessments", StringComparison.Ordinal) => SitePermission.ManageAssessments,
                _ => SitePermission.EditModel,
            };
            Assert.True(expected == permission.For(method), $"{method} {pattern}: {permission.For(method)}, expected {expected}");
        }

        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/api/v1/sites/{site}/countermeasures/{key}");
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/api/v1/sites/{site}/{section}/{key}");
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_OpenAPI_document_lists_every_API_route_and_needs_a_token(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var lead = await ForAsync(factory, "lead@example.com", "security-lead");
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bare(factory).GetAsync("/api/v1/openapi.json", ct)).StatusCode);

        var response = await lead.GetAsync("/api/v1/openapi.json", ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await ReadAsync(response);
        var paths = document["paths"]!.AsObject();

        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true && !e.RoutePattern.RawText.Contains("**", StringComparison.Ordinal)
                && !e.RoutePattern.RawText.EndsWith("openapi.json", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => (Path: Documented(e.RoutePattern.RawText!), Method: m.ToLowerInvariant())))
            .ToList();
        Assert.True(routes.Count >= 21, $"{routes.Count} routes");
        foreach (var (path, method) in routes)
        {
            Assert.True(paths[path]?[method] is JsonObject, $"{method} {path} is not in the document");
            var operation = paths[path]![method]!;
            Assert.False(string.IsNullOrEmpty((string?)operation["summary"]), $"{method} {path} has no summary");

            // Every parameter of the path is declared, typed and described, or a generated client cannot fill it in.
            foreach (var name in System.Text.RegularExpressions.Regex.Matches(path, @"\{(\w+)\}").Select(m => m.Groups[1].Value))
            {
                var parameter = operation["parameters"]?.AsArray().SingleOrDefault(p => (string?)p!["in"] == "path" && (string?)p["name"] == name);
                Assert.True(parameter is not null, $"{method} {path} does not declare {{{name}}}");
                Assert.True((bool?)parameter["required"] == true && parameter["schema"]?["type"] is not null && !string.IsNullOrEmpty((string?)parameter["description"]),
                    $"{method} {path}: {{{name}}} is not required, typed and described: {parameter.ToJsonString()}");
            }
        }

        // Nothing but the API (the paths are below the server's /api/v1), and every operation needs the bearer token.
        Assert.EndsWith("/api/v1", (string?)document["servers"]!.AsArray().Single()!["url"], StringComparison.Ordinal);
        Assert.All(paths.Select(p => p.Key), p => Assert.False(p.StartsWith("/api/", StringComparison.Ordinal), p));
        Assert.Equal("bearer", (string?)document["components"]!["securitySchemes"]!["bearer"]!["scheme"]);
        Assert.NotNull(document["security"]![0]!["bearer"]);
        Assert.Equal(routes.Count, paths.Sum(p => p.Value!.AsObject().Count(o => o.Key is "get" or "put" or "post" or "delete")));
    }

    /// <summary>A route pattern as OpenAPI writes it: constraints dropped (<c>{format:regex(…)}</c> → <c>{format}</c>), below the server's /api/v1.</summary>
    private static string Documented(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{([a-zA-Z]+):[^/]*\}", "{$1}").TrimEnd('/')["/api/v1".Length..];
}
