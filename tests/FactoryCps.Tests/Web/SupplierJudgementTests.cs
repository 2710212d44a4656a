using System.Net;
using FactoryCps.Suppliers;
using FactoryCps.Suppliers.Questionnaires;
using FactoryCps.Tests.Data;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Cases;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using FactoryCps.Web.Suppliers;
using FactoryCps.Web.Suppliers.Actions;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FactoryCps.Tests.Web;

/// <summary>The security department judging a questionnaire through its page, the plan actions it leaves, re-assessment and the overview.</summary>
public sealed class SupplierJudgementTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string Site(string path) => $"/sites/{WebFactory.DemoSite}{path}";

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_lead_judges_each_answer_cannot_close_an_incomplete_review_and_closing_turns_open_points_into_actions(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (q, _) = await SupplyTestData.IssueAsync(factory);
        var ids = q.Items.Select(i => i.ItemId).ToList();
        Assert.True(ids.Count >= 3, "the demo's product questionnaire has at least three questions");
        await AnswerAsync(factory, q, (ids[0], AnswerChoice.Yes), (ids[1], AnswerChoice.No));
        await factory.AddUserAsync("lead@example.com", false, (WebFactory.DemoSite, "security-lead"));
        await factory.AddUserAsync("viewer@example.com", false, (WebFactory.DemoSite, "viewer"));
        var lead = await factory.SignedInClientAsync("lead@example.com");
        var page = Site($"/questionnaires/{q.Number}");

        Assert.Equal(nameof(ReviewVerdict.Incomplete), (await Forms.PageAsync(lead, page)).QuerySelector("#verdict")!.GetAttribute("data-verdict"));

        // Accepting a "no" needs a condition: refused with the domain's rule, nothing stored.
        var refused = await JudgeAsync(lead, page, ids[1], "accepted", null, false);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(ids[1], Forms.Parse(await refused.Content.ReadAsStringAsync(Token)).QuerySelector("#judgement-problem")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await JudgeAsync(lead, page, ids[0], "accepted", null, false)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await JudgeAsync(lead, page, ids[1], "flagged", "no date for the fix", true)).StatusCode);

        var close = await Forms.GetAsync(lead, page, "#close-form");
        var early = await close.SubmitAsync(lead, []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.NotNull(Forms.Parse(await early.Content.ReadAsStringAsync(Token)).QuerySelector("#judgement-problem"));
        Assert.Equal(Questionnaire.Issued, (await StoredAsync(factory, q.Id)).Status);

        // The viewer sees the judgements but may not judge.
        var viewer = await factory.SignedInClientAsync("viewer@example.com");
        var viewerPage = await Forms.PageAsync(viewer, page);
        Assert.Null(viewerPage.QuerySelector(".judge-form"));
        Assert.Equal("flagged", viewerPage.QuerySelector($"tr[id='question-{ids[1]}'] td.judgement")!.GetAttribute("data-judgement"));
        var leadForm = await Forms.GetAsync(lead, page, $"form[id='judge-{ids[2]}']");
        var asViewer = await leadForm.SubmitAsync(viewer, new() { ["judgement"] = "flagged", ["note"] = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, asViewer.StatusCode);

        foreach (var id in ids.Skip(2))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await JudgeAsync(lead, page, id, "flagged", "no reply after two reminders", false)).StatusCode);
        }

        close = await Forms.GetAsync(lead, page, "#close-form");
        Assert.Equal(HttpStatusCode.Redirect, (await close.SubmitAsync(lead, [])).StatusCode);
        var closed = await Forms.PageAsync(lead, page);
        Assert.Equal(nameof(ReviewVerdict.NotAcceptable), closed.QuerySelector("#verdict")!.GetAttribute("data-verdict"));
        Assert.Null(closed.QuerySelector(".judge-form"));
        Assert.Equal(Questionnaire.JudgedStatus, (await StoredAsync(factory, q.Id)).Status);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
            var actions = await db.SupplierActions().OrderBy(a => a.Id).ToListAsync(Token);
            Assert.Equal(ids.Skip(1), actions.Select(a => a.ItemId)); // the accepted "yes" is no open point
            Assert.True(actions[0].Blocking);
            Assert.Equal("flagged", actions[0].Reason);
            Assert.Equal("no date for the fix", actions[0].Note);
            Assert.Contains(q.Items[1].TextEn, actions[0].TitleEn, StringComparison.Ordinal);
            Assert.Contains(q.Items[1].TextJa, actions[0].TitleJa, StringComparison.Ordinal);
            var audit = await db.AuditEntries.Where(e => e.Section == "questionnaires").Select(e => e.Action).ToListAsync(Token);
            Assert.Equal(ids.Count, audit.Count(a => a == "judge"));
            Assert.Single(audit, a => a == "close");
        }

        // The actions are in the site's plan and on the overview, where one is marked done.
        var plan = await Forms.PageAsync(lead, Site("/plan"));
        Assert.Equal(ids.Count - 1, plan.QuerySelectorAll("#plan tbody tr[data-source='supplier']").Length);
        var overview = await Forms.PageAsync(lead, Site("/suppliers/overview"));
        Assert.Equal(ids.Count - 1, overview.QuerySelectorAll("#supplier-actions tbody tr").Length);
        var done = await Forms.GetAsync(lead, Site("/suppliers/overview"), ".done-form");
        Assert.Equal(HttpStatusCode.Redirect, (await done.SubmitAsync(lead, [])).StatusCode);
        Assert.Equal(ids.Count - 2, (await Forms.PageAsync(lead, Site("/suppliers/overview"))).QuerySelectorAll("#supplier-actions tbody tr").Length);
        Assert.Equal(HttpStatusCode.Forbidden, (await done.SubmitAsync(viewer, [])).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Re_assessment_falls_due_on_schedule_and_on_an_advisory_and_the_next_round_is_compared_with_the_last(string provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero));
        await using var factory = await WebFactory.CreateAsync(provider, time: clock);
        var (q, _) = await SupplyTestData.IssueAsync(factory);
        var ids = q.Items.Select(i => i.ItemId).ToList();
        await AnswerAsync(factory, q, [.. ids.Select(id => (id, AnswerChoice.Yes))]);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var judging = scope.ServiceProvider.GetRequiredService<QuestionnaireJudging>();
            foreach (var id in ids)
            {
                Assert.True((await judging.JudgeAsync(q.SiteId, q.Number, null, new AnswerJudgement(id, JudgementKind.Accepted, null), SupplyTestData.Lead, Token)).Succeeded);
            }

            Assert.True((await judging.CloseAsync(await SupplyTestData.SiteOfAsync(scope.ServiceProvider, q), q.Number, null, SupplyTestData.Lead, Token)).Succeeded);
            var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
            var item = await db.SuppliedItems().SingleAsync(i => i.Id == q.SuppliedItemId, Token);
            item.Assets = ["plc-line1"];
            await db.SaveChangesAsync(Token);
        }

        await factory.AddUserAsync("lead@example.com", false, (WebFactory.DemoSite, "security-lead"));
        var lead = await factory.SignedInClientAsync("lead@example.com");
        var itemPage = Site($"/suppliers/{q.SupplierId}/items/{q.SuppliedItemId}");
        var status = (await Forms.PageAsync(lead, itemPage)).QuerySelector("#reassessment")!;
        Assert.Equal("False", status.GetAttribute("data-due"));
        Assert.Contains("2027-01-10", status.TextContent, StringComparison.Ordinal);
        Assert.Empty((await Forms.PageAsync(lead, Site("/suppliers/overview"))).QuerySelectorAll("#reassessments tbody tr"));

        clock.SetUtcNow(new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero));
        lead = await factory.SignedInClientAsync("lead@example.com"); // a year on, the sign-in has expired
        var row = (await Forms.PageAsync(lead, Site("/suppliers/overview"))).QuerySelector($"#reassessment-{q.SuppliedItemId}")!;
        Assert.Equal("22", row.GetAttribute("data-overdue"));
        Assert.Equal(nameof(ReassessmentTrigger.Schedule), row.GetAttribute("data-reasons"));

        // An advisory case on the item's asset, opened after the last assessment, is a reason too, and puts the supplier at risk.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
            db.OodaCases.Add(new OodaCase
            {
                SiteId = q.SiteId,
                Number = 99,
                Stage = "preventive",
                Phase = "observe",
                Title = "PLC advisory",
                AssetId = "plc-line1",
                Severity = "high",
                OpenedAt = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero),
                OpenedBy = "test",
                DueAt = new DateTimeOffset(2026, 6, 15, 0, 0, 0, TimeSpan.Zero),
                Version = 1,
            });
            await db.SaveChangesAsync(Token);
        }

        var overview = await Forms.PageAsync(lead, Site("/suppliers/overview"));
        row = overview.QuerySelector($"#reassessment-{q.SuppliedItemId}")!;
        Assert.Equal("NewAdvisory Schedule", row.GetAttribute("data-reasons"));
        Assert.Equal(245, int.Parse(row.GetAttribute("data-overdue")!, System.Globalization.CultureInfo.InvariantCulture)); // since 2026-06-01
        Assert.Contains("#99", overview.QuerySelector($"#at-risk-{q.SupplierId}")!.TextContent, StringComparison.Ordinal);
        var coverage = overview.QuerySelector("#coverage-product-procurement")!;
        Assert.Equal((ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), (coverage.GetAttribute("data-answered"), coverage.GetAttribute("data-total")));

        // The next round: one answer worse, one comment added; the page compares them with round 1.
        Questionnaire next;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var site = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().Sites.AsNoTracking().SingleAsync(s => s.Id == q.SiteId, Token);
            next = (await scope.ServiceProvider.GetRequiredService<QuestionnaireDesk>().IssueAsync(site, q.SupplierId, q.SuppliedItemId, null, SupplyTestData.Lead, Token)).Issued!;
        }

        await AnswerAsync(factory, next, (ids[0], AnswerChoice.Partly));
        var compared = await Forms.PageAsync(lead, Site($"/questionnaires/{next.Number}"));
        Assert.Equal(nameof(AnswerChangeKind.Worsened), compared.QuerySelector($"tr[id='change-{ids[0]}']")!.GetAttribute("data-change"));
        Assert.Equal(ids.Count, compared.QuerySelectorAll("#changes tbody tr").Length); // the others were answered only last time
        var latest = (await Forms.PageAsync(lead, Site("/suppliers/overview"))).QuerySelector("#coverage-product-procurement")!;
        Assert.Equal("1", latest.GetAttribute("data-answered")); // the latest round counts
    }

    private static async Task<HttpResponseMessage> JudgeAsync(HttpClient client, string page, string itemId, string judgement, string? note, bool blocking)
    {
        var form = await Forms.GetAsync(client, page, $"form[id='judge-{itemId}']");
        var values = new Dictionary<string, string> { ["judgement"] = judgement, ["note"] = note ?? "" };
        if (blocking)
        {
            values["blocking"] = "true";
        }

        return await form.SubmitAsync(client, values);
    }

    private static async Task AnswerAsync(WebFactory factory, Questionnaire q, params (string Item, AnswerChoice Choice)[] answers)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var (refusal, _) = await scope.ServiceProvider.GetRequiredService<QuestionnaireDesk>().AnswerAsync(
            q.Id, [.. answers.Select(a => new SupplierAnswer(a.Item, a.Choice, null))], "Sato", SupplyTestData.Lead, Token);
        Assert.Null(refusal);
    }

    private static async Task<Questionnaire> StoredAsync(WebFactory factory, long id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().Questionnaires().AsNoTracking().SingleAsync(q => q.Id == id, Token);
    }
}
