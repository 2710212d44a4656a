using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using FactoryCps.Suppliers.Actions;
using FactoryCps.Suppliers.Questionnaires;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using FactoryCps.Web.Suppliers.Actions;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FactoryCps.Tests.Web;

/// <summary>Supplier actions in the site's plan: default due dates, one ranking with the countermeasures, assigning, done, overdue; page and API.</summary>
public sealed class SupplierActionTests
{
    private static readonly DateOnly ClosedOn = new(2026, 1, 10);

    private static string Site(string path) => $"/sites/{WebFactory.DemoSite}{path}";

    private static string Api(string path) => $"/api/v1/sites/{WebFactory.DemoSite}{path}";

    [Theory]
    [DatabaseProviders]
    public async Task Closing_a_review_dates_its_actions_which_rank_with_the_countermeasures_and_are_assigned_and_done_on_the_plan_page(string provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero));
        await using var factory = await WebFactory.CreateAsync(provider, time: clock);
        var actions = await CloseWithOpenPointsAsync(factory);
        var blocking = actions.Single(a => a.Blocking);

        // Default due dates: a blocking point within 30 days, the others by the target level of the item's zone (control-line1).
        int targetLevel;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var site = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().Sites.AsNoTracking().SingleAsync(s => s.Key == WebFactory.DemoSite, Token);
            var analysis = await scope.ServiceProvider.GetRequiredService<SiteAnalysis>().AnalyzeAsync(site, Token);
            targetLevel = analysis!.Zones.Single(z => z.Id == "control-line1").TargetLevel.Value;
        }

        Assert.Equal(ClosedOn.AddDays(30), blocking.DueDate);
        Assert.All(actions.Where(a => !a.Blocking), a => Assert.Equal(ClosedOn.AddDays(SupplierActionPriority.DueDays(targetLevel, false)), a.DueDate));

        await factory.AddUserAsync("lead@example.com", false, (WebFactory.DemoSite, "security-lead"));
        await factory.AddUserAsync("viewer@example.com", false, (WebFactory.DemoSite, "viewer"));
        var lead = await factory.SignedInClientAsync("lead@example.com");
        var viewer = await factory.SignedInClientAsync("viewer@example.com");

        // One list: countermeasures and supplier actions, ranked 1..n, the blocking point above the others of the same item.
        var plan = await Forms.PageAsync(lead, Site("/plan"));
        var rows = plan.QuerySelectorAll("#plan tbody tr");
        Assert.Equal(actions.Count, rows.Count(r => r.GetAttribute("data-source") == "supplier"));
        Assert.Contains(rows, r => r.GetAttribute("data-source") == "countermeasure");
        Assert.Equal(Enumerable.Range(1, rows.Length), rows.Select(r => int.Parse(r.GetAttribute("data-rank")!, CultureInfo.InvariantCulture)));
        var supplierRanks = rows.Where(r => r.GetAttribute("data-source") == "supplier").Select(r => (r.Id, Rank: int.Parse(r.GetAttribute("data-rank")!, CultureInfo.InvariantCulture))).ToList();
        Assert.Equal($"supplier-action-{blocking.Id}", supplierRanks.MinBy(r => r.Rank).Id);
        Assert.Null((await Forms.PageAsync(viewer, Site("/plan"))).QuerySelector(".assign-form"));

        // Assign: stored, audited; the same old form again is stale (409, nothing stored); a due date before creation is refused (422).
        var assign = await Forms.GetAsync(lead, Site("/plan"), $"#assign-{blocking.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await assign.SubmitAsync(lead, new() { ["owner"] = " sec-dept ", ["due"] = "2026-02-01" })).StatusCode);
        var stale = await assign.SubmitAsync(lead, new() { ["owner"] = "someone", ["due"] = "2026-03-01" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("sec-dept", Forms.Parse(await stale.Content.ReadAsStringAsync(Token)).QuerySelector("#supplier-action-problem")!.TextContent, StringComparison.Ordinal);
        var early = await (await Forms.GetAsync(lead, Site("/plan"), $"#assign-{blocking.Id}")).SubmitAsync(lead, new() { ["due"] = "2026-01-09" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Forms.GetAsync(lead, Site("/plan"), $"#assign-{blocking.Id}")).SubmitAsync(viewer, [])).StatusCode);
        var stored = await ActionAsync(factory, blocking.Id);
        Assert.Equal(("sec-dept", new DateOnly(2026, 2, 1), 2), (stored.Owner, stored.DueDate, stored.Version));

        // Past its due date: marked overdue on the plan and counted on the dashboard (the others are due later).
        clock.SetUtcNow(new DateTimeOffset(2026, 2, 2, 9, 0, 0, TimeSpan.Zero));
        lead = await factory.SignedInClientAsync("lead@example.com");
        var row = (await Forms.PageAsync(lead, Site("/plan"))).QuerySelector($"#supplier-action-{blocking.Id}")!;
        // The owner by the department's name from the model, its id after it as an identifier (issue 15).
        Assert.Equal(("True", "sec-dept"), (row.GetAttribute("data-overdue"), row.QuerySelector(".owner .id")!.TextContent));
        Assert.StartsWith("セキュリティ担当部署", row.QuerySelector(".owner")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector(".overdue"));
        Assert.Equal("1", (await Forms.PageAsync(lead, Site(""))).QuerySelector("#overdue-supplier-actions")!.GetAttribute("data-count"));

        // Done: it leaves the plan and the dashboard count; both changes are in the audit log.
        Assert.Equal(HttpStatusCode.Redirect, (await (await Forms.GetAsync(lead, Site("/plan"), $"#done-{blocking.Id}")).SubmitAsync(lead, [])).StatusCode);
        Assert.Null((await Forms.PageAsync(lead, Site("/plan"))).QuerySelector($"#supplier-action-{blocking.Id}"));
        Assert.Null((await Forms.PageAsync(lead, Site(""))).QuerySelector("#overdue-supplier-actions"));
        Assert.Equal(["assign open sec-dept 2026-02-01", "done done sec-dept 2026-02-01"], await AuditAsync(factory));
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_api_lists_assigns_with_if_match_and_marks_done_answering_problems_for_what_it_refuses(string provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero));
        await using var factory = await WebFactory.CreateAsync(provider, time: clock);
        var actions = await CloseWithOpenPointsAsync(factory);
        var api = await ApiClients.ForAsync(factory, "lead@example.com", "security-lead");
        var viewer = await ApiClients.ForAsync(factory, "viewer@example.com", "viewer");
        var first = actions[0];
        var path = Api($"/supplier-actions/{first.Id}");

        var list = (await ApiClients.ReadAsync(await api.GetAsync(Api("/supplier-actions?open=true"), Token))).AsArray();
        Assert.Equal(actions.Count, list.Count);
        Assert.Equal(list.Select(a => (int)a!["score"]!).OrderDescending(), list.Select(a => (int)a!["score"]!));
        Assert.True(list.All(a => (string)a!["status"]! == "open" && a["due"] is not null));

        var got = await api.GetAsync(path, Token);
        Assert.Equal("\"1\"", got.Headers.ETag!.Tag);
        Assert.Equal(first.ItemId, (string)(await ApiClients.ReadAsync(got))["itemId"]!);

        var body = new JsonObject { ["owner"] = "sec-dept", ["due"] = "2026-02-15" };
        await ApiClients.ProblemAsync(await api.SendAsync(ApiClients.Request(HttpMethod.Put, path, body), Token), HttpStatusCode.PreconditionRequired);
        var stale = await ApiClients.ProblemAsync(await api.SendAsync(ApiClients.Request(HttpMethod.Put, path, body, "\"7\""), Token), HttpStatusCode.PreconditionFailed);
        Assert.Equal(1, (int)stale["current"]!["version"]!);
        var unknown = await ApiClients.ProblemAsync(await api.SendAsync(ApiClients.Request(HttpMethod.Put, path, new JsonObject { ["owner"] = "x", ["colour"] = "red" }, "\"1\""), Token), HttpStatusCode.BadRequest);
        Assert.Equal("urn:factorycps:problem:invalid", (string)unknown["type"]!);
        var early = await ApiClients.ProblemAsync(await api.SendAsync(ApiClients.Request(HttpMethod.Put, path, new JsonObject { ["due"] = "2026-01-09" }, "\"1\""), Token), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("due-before-creation", (string)early["code"]!);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.SendAsync(ApiClients.Request(HttpMethod.Put, path, body, "\"1\""), Token)).StatusCode);
        await ApiClients.ProblemAsync(await api.SendAsync(ApiClients.Request(HttpMethod.Put, Api("/supplier-actions/999999"), body, "\"1\""), Token), HttpStatusCode.NotFound);

        var assigned = await api.SendAsync(ApiClients.Request(HttpMethod.Put, path, body, "\"1\""), Token);
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        Assert.Equal("\"2\"", assigned.Headers.ETag!.Tag);
        var dto = await ApiClients.ReadAsync(assigned);
        Assert.Equal(("sec-dept", "2026-02-15"), ((string)dto["owner"]!, (string)dto["due"]!));

        await ApiClients.ProblemAsync(await api.SendAsync(ApiClients.Request(HttpMethod.Post, path + "/done", null, "\"1\""), Token), HttpStatusCode.PreconditionFailed);
        var done = await api.SendAsync(ApiClients.Request(HttpMethod.Post, path + "/done"), Token);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal("done", (string)(await ApiClients.ReadAsync(done))["status"]!);
        var twice = await ApiClients.ProblemAsync(await api.SendAsync(ApiClients.Request(HttpMethod.Post, path + "/done"), Token), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("supplier-action-done", (string)twice["code"]!);
        var reassign = await ApiClients.ProblemAsync(await api.SendAsync(ApiClients.Request(HttpMethod.Put, path, body, "\"3\""), Token), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("supplier-action-done", (string)reassign["code"]!);

        var open = (await ApiClients.ReadAsync(await api.GetAsync(Api("/supplier-actions?open=true"), Token))).AsArray();
        var closed = (await ApiClients.ReadAsync(await api.GetAsync(Api("/supplier-actions?open=false"), Token))).AsArray();
        var all = (await ApiClients.ReadAsync(await viewer.GetAsync(Api("/supplier-actions"), Token))).AsArray();
        Assert.Equal((actions.Count - 1, first.Id, actions.Count), (open.Count, (long)closed.Single()!["id"]!, all.Count));
        Assert.DoesNotContain(open, a => (long)a!["id"]! == first.Id);

        Assert.Equal(["assign open sec-dept 2026-02-15", "done done sec-dept 2026-02-15"], await AuditAsync(factory));
    }

    /// <summary>The demo questionnaire answered in part and judged: the first answer accepted, the second flagged as blocking, the rest flagged; then closed.</summary>
    private static async Task<List<SupplierAction>> CloseWithOpenPointsAsync(WebFactory factory)
    {
        var (q, _) = await SupplyTestData.IssueAsync(factory);
        var ids = q.Items.Select(i => i.ItemId).ToList();
        await using var scope = factory.Services.CreateAsyncScope();
        var (refusal, _) = await scope.ServiceProvider.GetRequiredService<QuestionnaireDesk>().AnswerAsync(
            q.Id, [new SupplierAnswer(ids[0], AnswerChoice.Yes, null), new SupplierAnswer(ids[1], AnswerChoice.No, null)], "Sato", SupplyTestData.Lead, Token);
        Assert.Null(refusal);
        var judging = scope.ServiceProvider.GetRequiredService<QuestionnaireJudging>();
        Assert.True((await judging.JudgeAsync(q.SiteId, q.Number, null, new AnswerJudgement(ids[0], JudgementKind.Accepted, null), SupplyTestData.Lead, Token)).Succeeded);
        Assert.True((await judging.JudgeAsync(q.SiteId, q.Number, null, new AnswerJudgement(ids[1], JudgementKind.Flagged, "no date for the fix", true), SupplyTestData.Lead, Token)).Succeeded);
        foreach (var id in ids.Skip(2))
        {
            Assert.True((await judging.JudgeAsync(q.SiteId, q.Number, null, new AnswerJudgement(id, JudgementKind.Flagged, "no reply", false), SupplyTestData.Lead, Token)).Succeeded);
        }

        Assert.True((await judging.CloseAsync(await SupplyTestData.SiteOfAsync(scope.ServiceProvider, q), q.Number, null, SupplyTestData.Lead, Token)).Succeeded);
        var actions = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().SupplierActions().AsNoTracking().OrderBy(a => a.Id).ToListAsync(Token);
        Assert.Equal(ids.Count - 1, actions.Count);
        return actions;
    }

    private static async Task<SupplierAction> ActionAsync(WebFactory factory, long id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().SupplierActions().AsNoTracking().SingleAsync(a => a.Id == id, Token);
    }

    /// <summary>Each supplier-action audit entry: its verb and the action's status, owner and due date after it.</summary>
    private static async Task<List<string>> AuditAsync(WebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Section == "supplier-actions").OrderBy(e => e.Id).ToListAsync(Token);
        return [.. entries.Select(e =>
        {
            var after = JsonNode.Parse(e.After!)!;
            return $"{e.Action} {after["status"]} {after["owner"]} {after["due"]}";
        })];
    }
}
