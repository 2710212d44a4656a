using System.Net;
using System.Text.Json.Nodes;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static FactoryCps.Tests.Web.ApiClients;

namespace FactoryCps.Tests.Web;

/// <summary>
/// A recorded review's actions are items of the site's plan (issue 18): with their owner and due date, placed by
/// that date, linked to the review, marked done by those who record reviews (page and API), audited.
/// </summary>
public sealed class ReviewActionPlanTests
{
    private static string Plan => $"/sites/{Site}/plan";

    private static string Reviews(string path = "") => $"/api/v1/sites/{Site}/reviews{path}";

    [Theory]
    [DatabaseProviders]
    public async Task A_recorded_reviews_actions_are_plan_items_that_those_who_record_reviews_mark_done(string provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await using var factory = await WebFactory.CreateAsync(provider, time: clock);
        var ct = TestContext.Current.CancellationToken;
        var lead = await ForAsync(factory, "lead@example.com", "security-lead");
        var engineer = await ForAsync(factory, "engineer@example.com", "engineer");
        await factory.AddUserAsync("viewer@example.com", roles: (Site, "viewer"));
        var viewer = await factory.SignedInClientAsync("viewer@example.com");
        await factory.AddUserAsync("manager@example.com", roles: (Site, "site-manager"));
        var manager = await factory.SignedInClientAsync("manager@example.com");

        var body = new JsonObject
        {
            ["kind"] = "incident",
            ["heldOn"] = "2026-12-01",
            ["nextReview"] = "2027-06-01",
            ["decisions"] = "リモート保守の手順を改める。",
            ["participants"] = new JsonArray(new JsonObject { ["name"] = "山田", ["role"] = "セキュリティ担当部署" }),
            ["actions"] = new JsonArray(
                new JsonObject { ["title"] = "リモート保守手順書の改訂", ["owner"] = "sec-dept", ["dueDate"] = "2026-12-10" },
                new JsonObject { ["title"] = "復旧訓練の実施", ["owner"] = "plant-eng", ["dueDate"] = "2027-05-01" }),
        };
        Assert.Equal(HttpStatusCode.Created, (await lead.SendAsync(Request(HttpMethod.Post, Reviews(), body), ct)).StatusCode);

        // A draft's actions are not the plan's yet: saving the draft replaces them.
        Assert.Empty((await Forms.PageAsync(viewer, Plan)).QuerySelectorAll("#plan tr[data-source=review]"));
        Assert.Equal(HttpStatusCode.NotFound, (await lead.SendAsync(Request(HttpMethod.Post, Reviews("/1/actions/1/done")), ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lead.SendAsync(Request(HttpMethod.Post, Reviews("/1/close"), ifMatch: "\"1\""), ct)).StatusCode);

        // Recorded: both in the plan with owner (by name) and due date, linked to the review; due within two weeks heads the plan.
        var page = await Forms.PageAsync(viewer, Plan);
        var soon = page.QuerySelector("#review-action-1-1")!;
        var later = page.QuerySelector("#review-action-1-2")!;
        Assert.Equal("1", soon.GetAttribute("data-rank"));
        Assert.True(int.Parse(later.GetAttribute("data-rank")!, System.Globalization.CultureInfo.InvariantCulture) > page.QuerySelectorAll("#plan tr[data-source=countermeasure]").Length);
        Assert.Contains("リモート保守手順書の改訂", soon.TextContent, StringComparison.Ordinal);
        Assert.Contains("セキュリティ担当部署", soon.QuerySelector(".owner")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-12-10", soon.QuerySelector(".due")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/sites/{Site}/reviews/1", soon.QuerySelector("a.review-link")!.GetAttribute("href"));
        Assert.Null(soon.QuerySelector("form")); // a viewer sees the item, marks nothing

        // Those who do not record reviews may not mark an action done: the API and the page's form both refuse.
        Assert.Equal(HttpStatusCode.Forbidden, (await engineer.SendAsync(Request(HttpMethod.Post, Reviews("/1/actions/1/done")), ct)).StatusCode);
        var managerForm = await Forms.GetAsync(manager, Plan, "#review-done-1-1");
        await factory.AddUserAsync("engineer-browser@example.com", roles: (Site, "engineer"));
        var engineerBrowser = await factory.SignedInClientAsync("engineer-browser@example.com");
        Assert.Null((await Forms.PageAsync(engineerBrowser, Plan)).QuerySelector("#review-done-1-1"));
        var engineerForm = Forms.Of(await Forms.PageAsync(engineerBrowser, $"/sites/{Site}/reviews"), $"/sites/{Site}/reviews", "header form");
        Assert.Equal(HttpStatusCode.Forbidden, (await engineerBrowser.PostAsync($"/sites/{Site}/reviews?handler=actionDone", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["number"] = "1",
            ["position"] = "1",
            ["version"] = "1",
            ["__RequestVerificationToken"] = engineerForm.Form.Elements.OfType<AngleSharp.Html.Dom.IHtmlInputElement>().First(i => i.Name == "__RequestVerificationToken").Value,
        }), ct)).StatusCode);

        // The site manager marks the first done on the plan: it leaves the open plan, the second stays.
        var done = await managerForm.SubmitAsync(manager, []);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal($"/sites/{Site}/plan#review-action-1-1", done.Headers.Location!.OriginalString);
        var after = await Forms.PageAsync(viewer, Plan);
        Assert.Null(after.QuerySelector("#review-action-1-1"));
        Assert.NotNull(after.QuerySelector("#review-action-1-2"));

        // A form of a version changed meanwhile is refused (409) and says so; the API's If-Match so too (412), and done twice is 422.
        var stale = await Forms.GetAsync(manager, Plan, "#review-done-1-2");
        var marked = await lead.SendAsync(Request(HttpMethod.Post, Reviews("/1/actions/2/done"), ifMatch: "\"1\""), ct);
        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        Assert.Equal("\"2\"", marked.Headers.ETag!.Tag);
        var dto = await ReadAsync(marked);
        Assert.Equal(("done", "lead@example.com", 2), ((string?)dto["status"], (string?)dto["doneBy"], (int)dto["position"]!));
        var refused = await stale.SubmitAsync(manager, []);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.NotNull(Forms.Parse(await refused.Content.ReadAsStringAsync(ct)).QuerySelector("#review-action-problem"));
        await ProblemAsync(await lead.SendAsync(Request(HttpMethod.Post, Reviews("/1/actions/2/done"), ifMatch: "\"1\""), ct), HttpStatusCode.PreconditionFailed);
        Assert.Equal("review-action-done", (string?)(await ProblemAsync(await lead.SendAsync(Request(HttpMethod.Post, Reviews("/1/actions/2/done")), ct), HttpStatusCode.UnprocessableEntity))["code"]);
        Assert.Empty((await Forms.PageAsync(viewer, Plan)).QuerySelectorAll("#plan tr[data-source=review]"));

        // The review keeps its actions as a record of who did them; each marking is audited.
        var review = await ReadAsync(await engineer.GetAsync(Reviews("/1"), ct));
        Assert.Equal(["done", "done"], review["actions"]!.AsArray().Select(a => (string)a!["status"]!));
        Assert.Equal("manager@example.com", (string?)review["actions"]![0]!["doneBy"]);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        Assert.Equal(["V-1/actions/1", "V-1/actions/2"], await db.AuditEntries.Where(a => a.Section == "reviews" && a.Action == "done").OrderBy(a => a.Id).Select(a => a.Key).ToListAsync(ct));
    }
}
