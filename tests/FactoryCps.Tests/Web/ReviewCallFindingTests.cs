using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using FactoryCps.Web.Cases;
using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static FactoryCps.Tests.Web.ApiClients;

namespace FactoryCps.Tests.Web;

/// <summary>
/// A call for a PDCA review (issue 18) is a finding on the dashboard until a review is recorded: it appears and
/// goes with the dashboard's kept content (RenderedDashboards) — a review recorded, an incident closed, the next
/// review date passing with no write at all.
/// </summary>
public sealed class ReviewCallFindingTests
{
    private static string Dashboard => $"/sites/{Site}";

    private static string Reviews(string path = "") => $"/api/v1/sites/{Site}/reviews{path}";

    private static string[] Calls(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#findings tr.review-call").Select(r => r.GetAttribute("data-review-call")!)];

    [Theory]
    [DatabaseProviders]
    public async Task A_call_for_a_review_is_a_finding_until_a_review_is_recorded_and_comes_back_when_its_date_passes_or_an_incident_closes(string provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await using var factory = await WebFactory.CreateAsync(provider, time: clock);
        var ct = TestContext.Current.CancellationToken;
        await factory.AddUserAsync("viewer@example.com", roles: (Site, "viewer"));
        var viewer = await factory.SignedInClientAsync("viewer@example.com");
        async Task<IHtmlDocument> ViewAsync() => await Forms.PageAsync(viewer = await factory.SignedInClientAsync("viewer@example.com"), Dashboard);
        await factory.AddUserAsync("lead-browser@example.com", roles: (Site, "security-lead"));
        var leadBrowser = await factory.SignedInClientAsync("lead-browser@example.com");
        leadBrowser.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var lead = await ForAsync(factory, "lead@example.com", "security-lead");

        // No review recorded: a finding in the site's words, linked to the reviews page, counted with the others.
        var before = await Forms.PageAsync(viewer, Dashboard);
        Assert.Equal(["none-recorded"], Calls(before));
        var row = before.QuerySelector("#findings tr.review-call")!;
        Assert.Equal($"/sites/{Site}/reviews", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("見直し", row.TextContent, StringComparison.Ordinal);
        Assert.Null(row.QuerySelector("a.review-new")); // a viewer records no review
        Assert.Equal(before.QuerySelectorAll("#findings tbody tr").Length.ToString(System.Globalization.CultureInfo.InvariantCulture), before.QuerySelector("#finding-count")!.TextContent);
        var english = (await Forms.PageAsync(leadBrowser, Dashboard)).QuerySelector("#findings tr.review-call")!;
        Assert.Contains("No PDCA review has been recorded yet", english.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/sites/{Site}/reviews/new", english.QuerySelector("a.review-new")!.GetAttribute("href"));
        Assert.Equal(["none-recorded"], Calls(await Forms.PageAsync(viewer, Dashboard))); // served again as kept

        // A review recorded: the call is gone on the next view.
        await RecordAsync(lead, 1, "2026-12-01", "2027-06-01");
        Assert.Empty(Calls(await Forms.PageAsync(viewer, Dashboard)));

        // The next review date passes with no write: the finding appears the day after.
        // (Signed in again: a session ends after months.) The last minute of the next review date: not past yet.
        clock.SetUtcNow(new DateTimeOffset(2027, 6, 1, 23, 59, 0, TimeSpan.Zero));
        Assert.Empty(Calls(await ViewAsync()));
        var writes = factory.Services.GetRequiredService<DataWrites>().Version;
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(["overdue"], Calls(await Forms.PageAsync(viewer, Dashboard)));
        Assert.Equal(writes, factory.Services.GetRequiredService<DataWrites>().Version); // the day alone made the kept content old

        // Recorded again; then an incident is closed: a call of its own, medium.
        lead = await ForAsync(factory, "lead2@example.com", "security-lead"); // (a token of months ago has expired)
        await RecordAsync(lead, 2, "2027-06-02", "2027-12-01");
        Assert.Empty(Calls(await Forms.PageAsync(viewer, Dashboard)));
        clock.Advance(TimeSpan.FromHours(1));
        var reported = await lead.SendAsync(Request(HttpMethod.Post, $"/api/v1/sites/{Site}/cases", new JsonObject { ["title"] = "Line stopped by ransomware", ["asset"] = "plc-line1", ["severity"] = "high" }), ct);
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
            var incident = await db.OodaCases.SingleAsync(c => c.Title == "Line stopped by ransomware", ct);
            (incident.Stage, incident.ClosedAt) = (FactoryCps.Cases.CaseSeverities.DamageStage, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }

        var page = await Forms.PageAsync(viewer, Dashboard);
        Assert.Equal(["incident-closed"], Calls(page));
        Assert.Equal("sev-medium", page.QuerySelector("#findings tr.review-call td")!.ClassName);
        await RecordAsync(lead, 3, "2027-06-02", "2027-12-01");
        Assert.Empty(Calls(await Forms.PageAsync(viewer, Dashboard)));

        // An objective the last review's snapshot lacks (a model revision): a call naming it by its name, not its id.
        var objective = new JsonObject { ["id"] = "predictive-maintenance", ["name"] = "予知保全による停止の削減", ["kind"] = "visualization" };
        var added = await lead.SendAsync(Request(HttpMethod.Post, $"/api/v1/sites/{Site}/objectives", objective), ct);
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync(ct));
        page = await Forms.PageAsync(viewer, Dashboard);
        Assert.Equal(["new-objective"], Calls(page));
        Assert.Contains("予知保全による停止の削減", page.QuerySelector("#findings tr.review-call")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("predictive-maintenance", page.QuerySelector("#findings tr.review-call")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Starts and records a review through the API (participants and decisions, so that it closes).</summary>
    private static async Task RecordAsync(HttpClient lead, int number, string held, string next)
    {
        var ct = TestContext.Current.CancellationToken;
        var body = new JsonObject
        {
            ["kind"] = "periodic",
            ["heldOn"] = held,
            ["nextReview"] = next,
            ["decisions"] = "手順を改める。",
            ["participants"] = new JsonArray(new JsonObject { ["name"] = "山田", ["role"] = "セキュリティ担当部署" }),
        };
        var created = await lead.SendAsync(Request(HttpMethod.Post, Reviews(), body), ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var closed = await lead.SendAsync(Request(HttpMethod.Post, Reviews($"/{number}/close"), ifMatch: "\"1\""), ct);
        Assert.True(closed.IsSuccessStatusCode, await closed.Content.ReadAsStringAsync(ct));
    }
}
