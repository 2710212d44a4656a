using System.Net;
using System.Text.Json.Nodes;
using static FactoryCps.Tests.Web.ApiClients;

namespace FactoryCps.Tests.Web;

/// <summary>Step 3 cases through /api/v1: the same rules as the pages, answered as problem details.</summary>
public sealed class CaseApiTests
{
    private static string Cases(string path = "") => $"/api/v1/sites/{Site}/cases{path}";

    [Theory]
    [DatabaseProviders]
    public async Task An_incident_reported_through_the_api_moves_on_with_if_match_and_the_phase_rules(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var engineer = await ForAsync(factory, "engineer@example.com", "engineer");
        var manager = await ForAsync(factory, "manager@example.com", "site-manager");
        var lead = await ForAsync(factory, "lead@example.com", "security-lead");

        var created = await engineer.SendAsync(Request(HttpMethod.Post, Cases(), new JsonObject { ["title"] = "Robot stops without alarm", ["asset"] = "robot-line1", ["severity"] = "critical" }), Token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(Cases("/1"), created.Headers.Location!.OriginalString);
        Assert.Equal("\"1\"", created.Headers.ETag!.Tag);
        var body = await ReadAsync(created);
        Assert.Equal(("damage", "observe"), ((string?)body["case"]!["stage"], (string?)body["case"]!["phase"]));
        Assert.Equal(["site-manager", "engineer"], body["movedBy"]!.AsArray().Select(r => (string?)r));

        // No If-Match: 428; a stale one: 412 with the current version.
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await engineer.SendAsync(Request(HttpMethod.Post, Cases("/1/advance")), Token)).StatusCode);
        var moved = await engineer.SendAsync(Request(HttpMethod.Post, Cases("/1/advance"), ifMatch: "\"1\""), Token);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal("orient", (string?)(await ReadAsync(moved))["case"]!["phase"]);
        var stale = await engineer.SendAsync(Request(HttpMethod.Post, Cases("/1/advance"), ifMatch: "\"1\""), Token);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(2, (int?)(await ReadAsync(stale))["currentVersion"]);

        // Orient of the damage stage is the security lead's and the site manager's, not an engineer's.
        var forbidden = await engineer.SendAsync(Request(HttpMethod.Post, Cases("/1/advance"), ifMatch: "\"2\""), Token);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("NotYourPhase", (string?)(await ReadAsync(forbidden))["code"]);
        var missing = await manager.SendAsync(Request(HttpMethod.Post, Cases("/1/advance"), ifMatch: "\"2\""), Token);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Equal("AssessmentMissing", (string?)(await ReadAsync(missing))["code"]);

        var closed = await lead.SendAsync(Request(HttpMethod.Post, Cases("/1/close"), new JsonObject { ["assessment"] = "Safety relay tripped: not a security event", ["resolution"] = "false-positive" }, "\"2\""), Token);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var final = await ReadAsync(await lead.GetAsync(Cases("/1"), Token));
        Assert.Equal(("closed", "false-positive"), ((string?)final["case"]!["phase"], (string?)final["case"]!["resolution"]));
        Assert.Equal(["open", "advance", "update", "close"], final["events"]!.AsArray().Select(e => (string?)e!["kind"]));
        Assert.Empty((await ReadAsync(await lead.GetAsync(Cases(), Token))).AsArray());
        Assert.Single((await ReadAsync(await lead.GetAsync(Cases("?all=true"), Token))).AsArray());
    }

    [Theory]
    [DatabaseProviders]
    public async Task Bad_reports_are_400_with_the_field_and_nothing_is_opened(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var engineer = await ForAsync(factory, "engineer@example.com", "engineer");

        foreach (var (body, path) in new (JsonObject Body, string Path)[]
        {
            (new() { ["title"] = "", ["severity"] = "high" }, "title"),
            (new() { ["title"] = "x", ["severity"] = "urgent" }, "severity"),
            (new() { ["title"] = "x", ["severity"] = "high", ["asset"] = "not-an-asset" }, "asset"),
            (new() { ["title"] = "x", ["severity"] = "high", ["description"] = new string('x', 8001) }, "description"),
            (new() { ["title"] = "x", ["severity"] = "high", ["colour"] = "red" }, "$"),
        })
        {
            var response = await engineer.SendAsync(Request(HttpMethod.Post, Cases(), body), Token);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            Assert.StartsWith(path, (string?)(await ReadAsync(response))["errors"]![0]!["path"] ?? "", StringComparison.Ordinal);
        }

        Assert.Empty((await ReadAsync(await engineer.GetAsync(Cases("?all=true"), Token))).AsArray());
    }
}
