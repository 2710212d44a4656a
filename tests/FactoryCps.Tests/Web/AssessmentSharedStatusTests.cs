using System.Net;
using System.Text.Json.Nodes;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Checklists;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FactoryCps.Tests.Web.ApiClients;
using static FactoryCps.Tests.Web.AssessmentApiTests;
using CountermeasureStatus = FactoryCps.Model.CountermeasureStatus;

namespace FactoryCps.Tests.Web;

/// <summary>
/// Closing a round that changes, for one zone, a status the model keeps for several zones together: the shared
/// status is split as the core's Disagreements.Apply splits it, in the closing's one transaction, or nothing is written.
/// </summary>
public sealed class AssessmentSharedStatusTests
{
    private const string SharedFirewall = "net-zone-firewall@control-line1+control-line2";

    /// <summary>The demo model with line 2's firewall status shared by both lines (and, when asked, a spare zone too).</summary>
    private static string DemoWithSharedFirewall(bool spare)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "smart-factory.yaml"));
        var shared = text
            .Replace("status: partial, scope: [control-line2]", spare ? "status: partial, scope: [control-line1, control-line2, spare]" : "status: partial, scope: [control-line1, control-line2]", StringComparison.Ordinal)
            .Replace("  - { id: control-line2, name: 制御ゾーン（ライン2）, template: control }\n", spare ? "  - { id: control-line2, name: 制御ゾーン（ライン2）, template: control }\n  - { id: spare, name: 予備ゾーン, template: control }\n" : "  - { id: control-line2, name: 制御ゾーン（ライン2）, template: control }\n", StringComparison.Ordinal);
        Assert.NotEqual(text, shared);
        return shared;
    }

    private static async Task ImportAsync(WebFactory factory, string text)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<SiteModelStore>().ImportAsync(text, "shared.yaml", new Actor(null, "test"), TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, string.Join(" ", result.Diagnostics));
    }

    /// <summary>
    /// The demo model with the shared status (<see cref="DemoWithSharedFirewall"/>), and a network round of it, every
    /// question answered (implemented unless <paramref name="levels"/> says otherwise) and accepted: the lead's client.
    /// </summary>
    private static async Task<HttpClient> AnsweredRoundAsync(WebFactory factory, bool spare, Dictionary<string, int> levels)
    {
        var ct = TestContext.Current.CancellationToken;
        await ImportAsync(factory, DemoWithSharedFirewall(spare));
        var lead = await ForAsync(factory, "lead@example.com", "security-lead");
        var round = await ReadAsync(await lead.SendAsync(Request(HttpMethod.Post, Rounds(), NetworkRound()), ct));
        var questions = round["questions"]!.AsArray().Select(q => (string)q!["questionId"]!).ToList();
        Assert.Superset(levels.Keys.ToHashSet(), questions.ToHashSet());
        foreach (var id in questions)
        {
            Assert.Equal(HttpStatusCode.OK, (await lead.SendAsync(Request(HttpMethod.Put, Answer(1, id), new JsonObject { ["level"] = levels.GetValueOrDefault(id, 3) }, "\"1\""), ct)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await lead.SendAsync(Request(HttpMethod.Put, Rounds($"/1/questions/{Uri.EscapeDataString(id)}/review"), new JsonObject { ["review"] = "accepted" }, "\"2\""), ct)).StatusCode);
        }

        return lead;
    }

    private static async Task<(long Revision, IReadOnlyList<CountermeasureStatus> Statuses, List<AuditEntry> Audit, string RoundState)> StoredAsync(WebFactory factory)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        var site = await db.Sites.AsNoTracking().SingleAsync(s => s.Key == Site, ct);
        var model = await scope.ServiceProvider.GetRequiredService<SiteModelStore>().ModelAsync(site, ct);
        Assert.NotNull(model); // the stored model validates
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.SiteId == site.Id && (a.Section == "countermeasures" || a.Section == RoundDesk.Section)).OrderBy(a => a.Id).ToListAsync(ct);
        var state = await db.AssessmentRounds.Where(r => r.SiteId == site.Id && r.Number == 1).Select(r => r.State).SingleAsync(ct);
        return (site.ModelRevision, model.Countermeasures, audit, state);
    }

    private static IEnumerable<CountermeasureStatus> Firewall(IEnumerable<CountermeasureStatus> statuses) =>
        statuses.Where(s => s.Id == "net-zone-firewall" && s.Scope.Count > 0);

    /// <summary>
    /// How many status entries a close wrote: each one after it that was not there before with its status (zones
    /// changing alike from one entry share one new entry, as Disagreements.Apply decides, so this is not the number of disagreements).
    /// </summary>
    internal static int Written(IEnumerable<CountermeasureStatus> before, IEnumerable<CountermeasureStatus> after) =>
        after.Count(s => !before.Any(b => b.Key == s.Key && b.Status == s.Status));

    [Theory]
    [DatabaseProviders]
    public async Task Applying_a_zones_answer_splits_the_status_it_shares_in_the_closings_one_transaction(string provider)
    {
        // Line 1 says implemented (the shared status says partial); line 2 agrees with it.
        await using var factory = await WebFactory.CreateAsync(provider);
        var lead = await AnsweredRoundAsync(factory, spare: false, new() { ["q-cm-net-zone-firewall@control-line2"] = 2 });
        var ct = TestContext.Current.CancellationToken;
        var disagreements = (await ReadAsync(await lead.GetAsync(Rounds("/1"), ct)))["disagreements"]!.AsArray();
        Assert.Contains(disagreements, d => (string?)d!["countermeasure"] == "net-zone-firewall" && (string?)d["zone"] == "control-line1" && (string?)d["answered"] == "implemented");
        Assert.DoesNotContain(disagreements, d => (string?)d!["countermeasure"] == "net-zone-firewall" && (string?)d["zone"] == "control-line2");
        var before = await StoredAsync(factory);

        var closed = await lead.SendAsync(Request(HttpMethod.Post, Rounds("/1/close"), new JsonObject { ["apply"] = true }, "\"1\""), ct);

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var after = await StoredAsync(factory);
        Assert.Equal("closed", after.RoundState);
        Assert.Equal(before.Revision + 1, after.Revision);
        Assert.Equal(
            ["net-zone-firewall@control-line2 partial plant-eng 2027-03-31", "net-zone-firewall@control-line1 implemented plant-eng 2027-03-31"],
            Firewall(after.Statuses).Select(s => $"{s.Key} {s.Status} {s.Owner} {s.Due:yyyy-MM-dd}"));
        var written = after.Audit.Skip(before.Audit.Count).ToList();
        Assert.Contains(written, a => a.Section == RoundDesk.Section && a.Action == "close");
        var narrowed = Assert.Single(written, a => a.Section == "countermeasures" && a.Key == "net-zone-firewall@control-line2");
        Assert.Equal("update", narrowed.Action);
        Assert.Contains("control-line1", narrowed.Before, StringComparison.Ordinal);
        Assert.DoesNotContain("control-line1", narrowed.After, StringComparison.Ordinal);
        Assert.Equal("create", Assert.Single(written, a => a.Key == "net-zone-firewall@control-line1").Action);
        Assert.DoesNotContain(written, a => a.Action == "delete");
        Assert.Equal(Written(before.Statuses, after.Statuses), written.Count(a => a.Section == "countermeasures"));
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_split_that_would_leave_the_model_invalid_is_refused_and_writes_nothing(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var lead = await AnsweredRoundAsync(factory, spare: true, new() { ["q-cm-net-zone-firewall@control-line2"] = 2, ["q-cm-net-zone-firewall@spare"] = 0 });
        var ct = TestContext.Current.CancellationToken;

        // The spare zone goes after the round asked about it: the round's result for it names a zone the model no longer has.
        await ImportAsync(factory, DemoWithSharedFirewall(spare: false));
        var before = await StoredAsync(factory);

        var refused = await ProblemAsync(await lead.SendAsync(Request(HttpMethod.Post, Rounds("/1/close"), new JsonObject { ["apply"] = true }, "\"1\""), ct), HttpStatusCode.BadRequest);

        var errors = refused["errors"]!.AsArray();
        Assert.Contains(errors, e => (string?)e!["code"] == "ModelUnknownReference");
        Assert.DoesNotContain(errors, e => (string?)e!["code"] == "ModelDuplicateStatus"); // the split itself is sound
        var after = await StoredAsync(factory);
        Assert.Equal("open", after.RoundState);
        Assert.Equal(before.Revision, after.Revision);
        Assert.Equal([SharedFirewall], Firewall(after.Statuses).Select(s => s.Key));
        Assert.Equal(before.Audit.Count, after.Audit.Count);
    }
}
