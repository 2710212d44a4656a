using System.Net;
using System.Text.Json.Nodes;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FactoryCps.Tests.Web.ApiClients;

namespace FactoryCps.Tests.Web;

/// <summary>Self-assessment rounds through /api/v1: create, answer (If-Match per question), review, close with the Step 2 statuses applied or kept.</summary>
public sealed class AssessmentApiTests
{
    internal static string Rounds(string path = "") => $"/api/v1/sites/{Site}/assessments{path}";

    internal static string Answer(int round, string question) => Rounds($"/{round}/questions/{Uri.EscapeDataString(question)}/answer");

    /// <summary>A round of the demo site over the network countermeasures (site-wide and per-zone questions).</summary>
    internal static JsonObject NetworkRound(string title = "2026 上期 自己点検") => new()
    {
        ["title"] = title,
        ["dueDate"] = "2027-01-31",
        ["scope"] = new JsonObject { ["zones"] = new JsonArray(), ["steps"] = new JsonArray(), ["groups"] = new JsonArray("network") },
    };

    [Theory]
    [DatabaseProviders]
    public async Task A_round_answered_reviewed_and_closed_applies_its_result_to_the_statuses_in_one_audited_transaction(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var lead = await ForAsync(factory, "lead@example.com", "security-lead");
        var engineer = await ForAsync(factory, "engineer@example.com", "engineer");
        var other = await ForAsync(factory, "other@example.com", "engineer");

        var created = await lead.SendAsync(Request(HttpMethod.Post, Rounds(), NetworkRound()), ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(Rounds("/1"), created.Headers.Location!.OriginalString);
        var round = await ReadAsync(created);
        var questions = round["questions"]!.AsArray().Select(q => (string)q!["questionId"]!).ToList();
        Assert.Contains("q-cm-net-segmentation", questions);
        Assert.Contains("q-cm-net-zone-firewall@control-line2", questions); // kept per zone in the demo model
        Assert.All(round["questions"]!.AsArray(), q => Assert.False(string.IsNullOrEmpty((string?)q!["text"])));

        // The first answer wins; the second, made against the same version, is told with the first one's answer.
        var first = await engineer.SendAsync(Request(HttpMethod.Put, Answer(1, "q-cm-net-segmentation"), new JsonObject { ["level"] = 2, ["comment"] = "Line 2 not split yet" }, "\"1\""), ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("\"2\"", first.Headers.ETag!.Tag);
        var second = await other.SendAsync(Request(HttpMethod.Put, Answer(1, "q-cm-net-segmentation"), new JsonObject { ["level"] = 4 }, "\"1\""), ct);
        var stale = await ProblemAsync(second, HttpStatusCode.PreconditionFailed);
        Assert.Equal((2, 2, "engineer@example.com"), ((int)stale["currentVersion"]!, (int)stale["current"]!["level"]!, (string)stale["current"]!["answeredBy"]!));

        // Bad answers: problem details, nothing stored.
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await engineer.SendAsync(Request(HttpMethod.Put, Answer(1, "q-cm-net-dmz"), new JsonObject { ["level"] = 3 }), ct)).StatusCode);
        Assert.Equal("LevelOutOfScale", (string?)(await ProblemAsync(await engineer.SendAsync(Request(HttpMethod.Put, Answer(1, "q-cm-net-dmz"), new JsonObject { ["level"] = 7 }, "\"1\""), ct), HttpStatusCode.UnprocessableEntity))["code"]);
        Assert.Equal("ReasonRequired", (string?)(await ProblemAsync(await engineer.SendAsync(Request(HttpMethod.Put, Answer(1, "q-cm-net-dmz"), new JsonObject { ["notApplicable"] = true }, "\"1\""), ct), HttpStatusCode.UnprocessableEntity))["code"]);
        await ProblemAsync(await engineer.SendAsync(Request(HttpMethod.Put, Answer(1, "q-cm-net-dmz"), new JsonObject { ["level"] = 3, ["colour"] = "red" }, "\"1\""), ct), HttpStatusCode.BadRequest);
        await ProblemAsync(await engineer.SendAsync(Request(HttpMethod.Put, Answer(1, "no-such-question"), new JsonObject { ["level"] = 3 }, "\"1\""), ct), HttpStatusCode.NotFound);

        // Everything else implemented (level 3); the zone-kept firewall of line 2 too, where Step 2 says partial.
        foreach (var id in questions.Where(q => q != "q-cm-net-segmentation"))
        {
            Assert.Equal(HttpStatusCode.OK, (await engineer.SendAsync(Request(HttpMethod.Put, Answer(1, id), new JsonObject { ["level"] = 3 }, "\"1\""), ct)).StatusCode);
        }

        Assert.Equal("NotAllAccepted", (string?)(await ProblemAsync(await lead.SendAsync(Request(HttpMethod.Post, Rounds("/1/close"), new JsonObject { ["apply"] = true }, "\"1\""), ct), HttpStatusCode.UnprocessableEntity))["code"]);
        Assert.Equal("NoteRequired", (string?)(await ProblemAsync(await lead.SendAsync(Request(HttpMethod.Put, Rounds("/1/questions/q-cm-net-dmz/review"), new JsonObject { ["review"] = "asked-again" }, "\"2\""), ct), HttpStatusCode.UnprocessableEntity))["code"]);
        foreach (var id in questions)
        {
            Assert.Equal(HttpStatusCode.OK, (await lead.SendAsync(Request(HttpMethod.Put, Rounds($"/1/questions/{Uri.EscapeDataString(id)}/review"), new JsonObject { ["review"] = "accepted" }, "\"2\""), ct)).StatusCode);
        }

        var before = await ReadAsync(await lead.GetAsync(Rounds("/1"), ct));
        var disagreements = before["disagreements"]!.AsArray();
        Assert.Contains(disagreements, d => (string?)d!["countermeasure"] == "net-segmentation" && (string?)d["stored"] == "implemented" && (string?)d["answered"] == "partial");
        Assert.Contains(disagreements, d => (string?)d!["countermeasure"] == "net-zone-firewall" && (string?)d["zone"] == "control-line2" && (string?)d["answered"] == "implemented");
        Assert.Equal("KeepReasonRequired", (string?)(await ProblemAsync(await lead.SendAsync(Request(HttpMethod.Post, Rounds("/1/close"), new JsonObject { ["apply"] = false }, "\"1\""), ct), HttpStatusCode.UnprocessableEntity))["code"]);
        await ProblemAsync(await lead.SendAsync(Request(HttpMethod.Post, Rounds("/1/close"), new JsonObject { ["apply"] = true }, "\"0\""), ct), HttpStatusCode.PreconditionFailed);

        long Revision()
        {
            using var scope = factory.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<FcpsDbContext>().Sites.Single(s => s.Key == Site).ModelRevision;
        }

        var revision = Revision();
        var closed = await lead.SendAsync(Request(HttpMethod.Post, Rounds("/1/close"), new JsonObject { ["apply"] = true }, "\"1\""), ct);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(("closed", "applied"), ((string?)(await ReadAsync(closed))["round"]!["state"], (string?)(await ReadAsync(closed))["round"]!["decision"]));

        // The statuses now say what the round found, all in one save of the model (one revision), each change audited.
        Assert.Equal(revision + 1, Revision());
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
            var site = await db.Sites.SingleAsync(s => s.Key == Site, ct);
            var model = (await scope.ServiceProvider.GetRequiredService<SiteModelStore>().ModelAsync(site, ct))!;
            Assert.Equal("partial", model.Countermeasures.Single(s => s.Id == "net-segmentation" && s.Scope.Count == 0).Status);
            Assert.Equal("implemented", model.Countermeasures.Single(s => s.Id == "net-zone-firewall" && s.Scope.SequenceEqual(["control-line2"])).Status);
            Assert.Single(await db.AuditEntries.Where(a => a.Section == "assessments" && a.Action == "close").ToListAsync(ct));
            var demo = FactoryCps.Analysis.ModelLoader.LoadText(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "smart-factory.yaml")), "demo.yaml", FactoryCps.Catalog.Loading.CatalogLoader.Default).Model!;
            Assert.Equal(AssessmentSharedStatusTests.Written(demo.Countermeasures, model.Countermeasures), await db.AuditEntries.CountAsync(a => a.Section == "countermeasures", ct));
        }

        // A closed round is read-only.
        Assert.Equal("Closed", (string?)(await ProblemAsync(await lead.SendAsync(Request(HttpMethod.Put, Answer(1, "q-cm-net-dmz"), new JsonObject { ["level"] = 0 }, "\"3\""), ct), HttpStatusCode.UnprocessableEntity))["code"]);
        Assert.Equal("Closed", (string?)(await ProblemAsync(await lead.SendAsync(Request(HttpMethod.Post, Rounds("/1/close"), new JsonObject { ["apply"] = true }, "\"2\""), ct), HttpStatusCode.UnprocessableEntity))["code"]);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Keeping_the_statuses_needs_a_reason_and_leaves_them_unchanged(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var lead = await ForAsync(factory, "lead@example.com", "security-lead");
        var round = await ReadAsync(await lead.SendAsync(Request(HttpMethod.Post, Rounds(), NetworkRound()), ct));
        foreach (var id in round["questions"]!.AsArray().Select(q => (string)q!["questionId"]!))
        {
            Assert.Equal(HttpStatusCode.OK, (await lead.SendAsync(Request(HttpMethod.Put, Answer(1, id), new JsonObject { ["level"] = 0 }, "\"1\""), ct)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await lead.SendAsync(Request(HttpMethod.Put, Rounds($"/1/questions/{Uri.EscapeDataString(id)}/review"), new JsonObject { ["review"] = "accepted" }, "\"2\""), ct)).StatusCode);
        }

        var kept = await lead.SendAsync(Request(HttpMethod.Post, Rounds("/1/close"), new JsonObject { ["apply"] = false, ["reason"] = "Audit next month decides" }, "\"1\""), ct);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        var summary = (await ReadAsync(kept))["round"]!;
        Assert.Equal(("kept", "Audit next month decides"), ((string?)summary["decision"], (string?)summary["decisionReason"]));
        var status = await ReadAsync(await lead.GetAsync($"/api/v1/sites/{Site}/countermeasures/net-segmentation", ct));
        Assert.Equal("implemented", (string?)status["status"]);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Another_sites_round_is_not_found_and_bad_rounds_are_refused(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<SiteModelStore>().ImportAsync("format: 1\nsite: { id: other-plant }\n", "other.yaml", new Actor(null, "test"), ct)).Succeeded);
        }

        var admin = await ForAsync(factory, "admin@example.com", null, administrator: true);
        Assert.Equal(HttpStatusCode.Created, (await admin.SendAsync(Request(HttpMethod.Post, "/api/v1/sites/other-plant/assessments", NetworkRound()), ct)).StatusCode);
        var lead = await ForAsync(factory, "lead@example.com", "security-lead");
        await ProblemAsync(await lead.GetAsync("/api/v1/sites/other-plant/assessments/1", ct), HttpStatusCode.NotFound);
        await ProblemAsync(await lead.GetAsync(Rounds("/1"), ct), HttpStatusCode.NotFound);

        foreach (var (body, path) in new (JsonObject Body, string Path)[]
        {
            (new() { ["title"] = "", ["dueDate"] = "2027-01-31" }, "title"),
            (new() { ["title"] = "x" }, "dueDate"),
            (new() { ["title"] = "x", ["dueDate"] = "2027-01-31", ["scope"] = new JsonObject { ["zones"] = new JsonArray(), ["steps"] = new JsonArray("9-9"), ["groups"] = new JsonArray() } }, "scope"),
            (new() { ["title"] = "x", ["dueDate"] = "2027-01-31", ["assignments"] = new JsonArray(new JsonObject { ["role"] = "janitor" }) }, "assignments"),
            (new() { ["title"] = "x", ["dueDate"] = "not a date" }, "$"),
        })
        {
            var problem = await ProblemAsync(await lead.SendAsync(Request(HttpMethod.Post, Rounds(), body), ct), HttpStatusCode.BadRequest);
            Assert.StartsWith(path, (string?)problem["errors"]![0]!["path"] ?? "", StringComparison.Ordinal);
        }

        var engineer = await ForAsync(factory, "engineer@example.com", "engineer");
        await ProblemAsync(await engineer.SendAsync(Request(HttpMethod.Post, Rounds(), NetworkRound()), ct), HttpStatusCode.Forbidden);
        Assert.Empty((await ReadAsync(await lead.GetAsync(Rounds(), ct))).AsArray());
    }
}
