using System.Net;
using System.Text.Json.Nodes;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static FactoryCps.Tests.Web.ApiClients;

namespace FactoryCps.Tests.Web;

/// <summary>PDCA reviews through /api/v1: the draft, its checks and versions, recording it (BCP re-check in the same transaction), the inputs and the calls.</summary>
public sealed class ReviewApiTests
{
    private static string Reviews(string path = "") => $"/api/v1/sites/{Site}/reviews{path}";

    private static JsonObject Body(string held = "2026-12-01", string next = "2027-06-01", bool participants = true, bool decisions = true, bool bcp = false) => new()
    {
        ["kind"] = "periodic",
        ["heldOn"] = held,
        ["nextReview"] = next,
        ["decisions"] = decisions ? "リモート保守の手順を改める。" : null,
        ["bcpRechecked"] = bcp,
        ["participants"] = participants ? new JsonArray(new JsonObject { ["name"] = "山田", ["role"] = "セキュリティ担当部署" }, new JsonObject { ["name"] = "", ["role"] = "" }) : new JsonArray(),
        ["actions"] = new JsonArray(new JsonObject { ["title"] = "手順書の改訂", ["owner"] = "sec-dept", ["dueDate"] = next }),
    };

    [Theory]
    [DatabaseProviders]
    public async Task A_review_is_drafted_checked_and_recorded_with_its_bcp_recheck_in_one_audited_transaction(string provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await using var factory = await WebFactory.CreateAsync(provider, time: clock);
        var ct = TestContext.Current.CancellationToken;
        var lead = await ForAsync(factory, "lead@example.com", "security-lead");
        var engineer = await ForAsync(factory, "engineer@example.com", "engineer");

        // No review recorded yet: one call, dated from the site's creation.
        var callsResponse = await engineer.GetAsync(Reviews("/calls"), ct);
        Assert.True(callsResponse.IsSuccessStatusCode, await callsResponse.Content.ReadAsStringAsync(ct));
        var calls = (await ReadAsync(callsResponse)).AsArray();
        Assert.Equal(["none-recorded"], calls.Select(c => (string)c!["reason"]!));
        Assert.False(string.IsNullOrWhiteSpace((string?)calls[0]!["text"]));

        // Bad bodies name their field; an engineer may read reviews but not start one.
        Assert.Equal("kind", (string?)(await ProblemAsync(await lead.SendAsync(Request(HttpMethod.Post, Reviews(), Body().Also(b => b["kind"] = "whim")), ct), HttpStatusCode.BadRequest))["errors"]![0]!["path"]);
        Assert.Equal("nextReview", (string?)(await ProblemAsync(await lead.SendAsync(Request(HttpMethod.Post, Reviews(), Body(next: "2026-11-30")), ct), HttpStatusCode.BadRequest))["errors"]![0]!["path"]);
        Assert.Equal("actions[0].dueDate", (string?)(await ProblemAsync(await lead.SendAsync(Request(HttpMethod.Post, Reviews(), Body().Also(b => b["actions"]![0]!["dueDate"] = "2026-01-01")), ct), HttpStatusCode.BadRequest))["errors"]![0]!["path"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await engineer.SendAsync(Request(HttpMethod.Post, Reviews(), Body()), ct)).StatusCode);

        // A draft without participants or decisions cannot be recorded.
        var created = await lead.SendAsync(Request(HttpMethod.Post, Reviews(), Body(participants: false, decisions: false, bcp: true)), ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(Reviews("/1"), created.Headers.Location!.OriginalString);
        Assert.Equal("\"1\"", created.Headers.ETag!.Tag);
        Assert.Equal("NoParticipants", (string?)(await ProblemAsync(await lead.SendAsync(Request(HttpMethod.Post, Reviews("/1/close"), ifMatch: "\"1\""), ct), HttpStatusCode.UnprocessableEntity))["code"]);
        Assert.Equal(HttpStatusCode.OK, (await lead.SendAsync(Request(HttpMethod.Put, Reviews("/1"), Body(decisions: false, bcp: true), "\"1\""), ct)).StatusCode);
        Assert.Equal("NoDecisions", (string?)(await ProblemAsync(await lead.SendAsync(Request(HttpMethod.Post, Reviews("/1/close"), ifMatch: "\"2\""), ct), HttpStatusCode.UnprocessableEntity))["code"]);

        // Versions: none is 428, an old one is 412 with the review as stored now.
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await lead.SendAsync(Request(HttpMethod.Put, Reviews("/1"), Body(bcp: true)), ct)).StatusCode);
        var stale = await ProblemAsync(await lead.SendAsync(Request(HttpMethod.Put, Reviews("/1"), Body(bcp: true), "\"1\""), ct), HttpStatusCode.PreconditionFailed);
        Assert.Equal(2, (int)stale["currentVersion"]!);
        var saved = await lead.SendAsync(Request(HttpMethod.Put, Reviews("/1"), Body(bcp: true), "\"2\""), ct);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var detail = await ReadAsync(saved);
        Assert.Equal(["山田"], detail["participants"]!.AsArray().Select(p => (string)p!["name"]!)); // the blank row is dropped

        long Revision()
        {
            using var scope = factory.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<FcpsDbContext>().Sites.Single(s => s.Key == Site).ModelRevision;
        }

        var revision = Revision();
        var closed = await lead.SendAsync(Request(HttpMethod.Post, Reviews("/1/close"), ifMatch: "\"3\""), ct);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("closed", (string?)(await ReadAsync(closed))["review"]!["state"]);

        // The BCP re-check went through the model's own save: one new revision, audited with the review's close.
        Assert.Equal(revision + 1, Revision());
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
            var site = await db.Sites.SingleAsync(s => s.Key == Site, ct);
            Assert.Equal(new DateOnly(2026, 12, 1), (await scope.ServiceProvider.GetRequiredService<SiteModelStore>().ModelAsync(site, ct))!.Bcp.Reviewed);
            Assert.Equal(["create", "update", "update", "close"], await db.AuditEntries.Where(a => a.Section == "reviews").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(ct));
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Section == "bcp", ct));
        }

        // Recorded: read-only, and nothing calls for a review until its next date.
        Assert.Equal("Closed", (string?)(await ProblemAsync(await lead.SendAsync(Request(HttpMethod.Put, Reviews("/1"), Body(), "\"4\""), ct), HttpStatusCode.UnprocessableEntity))["code"]);
        Assert.Empty((await ReadAsync(await engineer.GetAsync(Reviews("/calls"), ct))).AsArray());

        var inputs = await ReadAsync(await engineer.GetAsync(Reviews("/1/inputs"), ct));
        Assert.True((bool)inputs["firstReview"]!);
        Assert.Equal("current", (string?)inputs["bcp"]!["state"]);
        Assert.NotEmpty(inputs["findingsOpened"]!.AsArray());

        // Half a year on, a status changed: the next review's inputs say so, against the first review's snapshot.
        clock.Advance(TimeSpan.FromDays(200));
        Assert.Equal(["overdue"], (await ReadAsync(await engineer.GetAsync(Reviews("/calls"), ct))).AsArray().Select(c => (string)c!["reason"]!));
        const string Status = $"/api/v1/sites/{Site}/countermeasures/net-remote-access-gateway";
        var status = (await ReadAsync(await lead.GetAsync(Status, ct))).AsObject();
        status["status"] = "implemented";
        status.Remove("due");
        Assert.Equal(HttpStatusCode.OK, (await lead.SendAsync(Request(HttpMethod.Put, Status, status, "\"1\""), ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await lead.SendAsync(Request(HttpMethod.Post, Reviews(), Body(held: "2027-06-19", next: "2027-12-01")), ct)).StatusCode);
        var second = await ReadAsync(await engineer.GetAsync(Reviews("/2/inputs"), ct));
        Assert.False((bool)second["firstReview"]!);
        var move = Assert.Single(second["statusChanges"]!.AsArray());
        Assert.Equal(("net-remote-access-gateway", "planned", "implemented"), ((string?)move!["countermeasure"], (string?)move["before"], (string?)move["after"]));
        Assert.Empty(second["findingsOpened"]!.AsArray());
    }

    [Theory]
    [DatabaseProviders]
    public async Task An_advisory_matched_since_the_last_review_is_among_the_next_ones_inputs_on_the_api_and_the_page(string provider)
    {
        // Its first import is taken per advisory: on SQLite that minimum once failed the inputs (500) as soon as a site had a match.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await using var factory = await WebFactory.CreateAsync(provider, time: clock);
        var ct = TestContext.Current.CancellationToken;
        var lead = await ForAsync(factory, "lead@example.com", "security-lead");
        Assert.Equal(HttpStatusCode.Created, (await lead.SendAsync(Request(HttpMethod.Post, Reviews(), Body()), ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lead.SendAsync(Request(HttpMethod.Post, Reviews("/1/close"), ifMatch: "\"1\""), ct)).StatusCode);

        clock.Advance(TimeSpan.FromDays(30));
        await MatchedAdvisory.ImportAsync(factory, clock, ct);
        Assert.Equal(HttpStatusCode.Created, (await lead.SendAsync(Request(HttpMethod.Post, Reviews(), Body(held: "2026-12-31", next: "2027-06-01")), ct)).StatusCode);
        var inputs = await lead.GetAsync(Reviews("/2/inputs"), ct);
        Assert.True(inputs.IsSuccessStatusCode, await inputs.Content.ReadAsStringAsync(ct));
        var match = Assert.Single((await ReadAsync(inputs))["newMatches"]!.AsArray());
        Assert.Equal((MatchedAdvisory.TrackingId, MatchedAdvisory.AssetId), ((string?)match!["advisory"], (string?)match["asset"]));

        await factory.AddUserAsync("staff@example.com", roles: (FreshWebApplication.DemoSite, "security-lead"));
        var page = await (await factory.SignedInClientAsync("staff@example.com")).GetAsync($"/sites/{Site}/reviews/2", ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(ct);
        var section = html[html.IndexOf("id=\"input-matches\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("DIAScreen on the engineering PC", section, StringComparison.Ordinal);

        // The recorded review's action names its owner, a stakeholder of the model, by name.
        var recorded = await (await factory.SignedInClientAsync("staff@example.com")).GetStringAsync($"/sites/{Site}/reviews/1", ct);
        Assert.Contains("<td>手順書の改訂</td><td>セキュリティ担当部署", recorded, StringComparison.Ordinal);
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_review_held_in_the_future_cannot_be_recorded_and_an_unknown_one_is_not_found(string provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await using var factory = await WebFactory.CreateAsync(provider, time: clock);
        var ct = TestContext.Current.CancellationToken;
        var lead = await ForAsync(factory, "lead@example.com", "security-lead");
        var future = await lead.SendAsync(Request(HttpMethod.Post, Reviews(), Body(held: "2026-12-05")), ct);
        Assert.True(future.StatusCode == HttpStatusCode.Created, await future.Content.ReadAsStringAsync(ct));
        Assert.Equal("HeldInFuture", (string?)(await ProblemAsync(await lead.SendAsync(Request(HttpMethod.Post, Reviews("/1/close"), ifMatch: "\"1\""), ct), HttpStatusCode.UnprocessableEntity))["code"]);
        await ProblemAsync(await lead.GetAsync(Reviews("/2"), ct), HttpStatusCode.NotFound);
        await ProblemAsync(await lead.GetAsync("/api/v1/sites/elsewhere/reviews/1", ct), HttpStatusCode.NotFound);
    }
}

internal static class JsonObjectAlso
{
    public static JsonObject Also(this JsonObject body, Action<JsonObject> change)
    {
        change(body);
        return body;
    }
}
