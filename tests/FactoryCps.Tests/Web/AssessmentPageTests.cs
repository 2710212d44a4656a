using System.Net;
using FactoryCps.Web.Checklists;
using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web;

/// <summary>Self-assessment through the pages: a round created, a part answered in one form, two people on one question, review, close, read-only.</summary>
public sealed class AssessmentPageTests
{
    private static string Site(string path) => $"/sites/{WebFactory.DemoSite}{path}";

    [Theory]
    [DatabaseProviders]
    public async Task A_round_is_created_and_answered_part_by_part_and_the_second_answerer_is_told_with_nothing_lost(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await factory.AddUserAsync("lead@example.com", roles: (WebFactory.DemoSite, "security-lead"));
        await factory.AddUserAsync("engineer@example.com", roles: (WebFactory.DemoSite, "engineer"));
        await factory.AddUserAsync("other@example.com", roles: (WebFactory.DemoSite, "engineer"));
        var lead = await factory.SignedInClientAsync("lead@example.com");
        var engineer = await factory.SignedInClientAsync("engineer@example.com");
        var other = await factory.SignedInClientAsync("other@example.com");

        var create = await Forms.GetAsync(lead, Site("/assessments/new"), "#new-round-form");
        var created = await create.SubmitAsync(lead, new() { ["title"] = "2026 上期", ["due"] = "2027-01-31", ["groups"] = "network", ["who:g:network"] = "role:engineer" });
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync(ct));
        Assert.Equal(Site("/assessments/1"), created.Headers.Location!.OriginalString);

        // Both engineers open the same part; the first saves level 2 for segmentation, the second level 4 afterwards.
        var part = Site("/assessments/1?part=g%3Anetwork");
        var mine = await Forms.GetAsync(engineer, part, "#answers-form");
        var theirs = await Forms.GetAsync(other, part, "#answers-form");
        var saved = await mine.SubmitAsync(engineer, new() { ["answer:q-cm-net-segmentation"] = "2", ["comment:q-cm-net-segmentation"] = "Line 2 not split yet" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var refused = await theirs.SubmitAsync(other, new() { ["answer:q-cm-net-segmentation"] = "4", ["comment:q-cm-net-segmentation"] = "Looks done to me" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = Forms.Parse(await refused.Content.ReadAsStringAsync(ct));
        var row = page.QuerySelector("tr[data-question='q-cm-net-segmentation']")!;
        Assert.Contains("engineer@example.com", row.QuerySelector(".stale")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("4", row.QuerySelector("input[type=radio]:checked")!.GetAttribute("value"));
        Assert.Equal("Looks done to me", row.QuerySelector("textarea")!.TextContent);

        // Saved again from the page it was told on: now it is theirs, on top of the first answer's version.
        var again = await Forms.Of(page, part, "#answers-form").SubmitAsync(other, []);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var q = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().RoundQuestions.SingleAsync(x => x.QuestionId == "q-cm-net-segmentation", ct);
            Assert.Equal((4, "other@example.com", 3), (q.Level, q.AnsweredBy, q.Version));
        }

        // Without the form's anti-forgery token nothing is accepted.
        var forged = await engineer.PostAsync(Site("/assessments/1?handler=answers"), new FormUrlEncodedContent([new("question", "q-cm-net-dmz"), new("version:q-cm-net-dmz", "1"), new("answer:q-cm-net-dmz", "0")]), ct);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        // Not applicable needs a reason: refused with the sentence, nothing stored.
        var na = await (await Forms.GetAsync(engineer, part, "#answers-form")).SubmitAsync(engineer, new() { ["answer:q-cm-net-dmz"] = "na" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, na.StatusCode);
        Assert.NotNull(Forms.Parse(await na.Content.ReadAsStringAsync(ct)).QuerySelector("#answer-error"));
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_reviewed_round_is_closed_with_its_disagreements_applied_and_is_then_read_only(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await factory.AddUserAsync("lead@example.com", roles: (WebFactory.DemoSite, "security-lead"));
        var lead = await factory.SignedInClientAsync("lead@example.com");
        var created = await (await Forms.GetAsync(lead, Site("/assessments/new"), "#new-round-form")).SubmitAsync(lead, new() { ["title"] = "2026 下期", ["due"] = "2027-01-31", ["groups"] = "network" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        foreach (var p in (await Forms.PageAsync(lead, Site("/assessments/1"))).QuerySelectorAll("#parts li").Select(li => li.GetAttribute("data-part")!))
        {
            var form = await Forms.GetAsync(lead, Site($"/assessments/1?part={Uri.EscapeDataString(p)}"), "#answers-form");
            var values = form.Form.QuerySelectorAll("input[name=question]").ToDictionary(i => "answer:" + i.GetAttribute("value"), _ => "1");
            Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(lead, values)).StatusCode);
            var review = await Forms.GetAsync(lead, Site($"/assessments/1/review?part={Uri.EscapeDataString(p)}"), "#review-form");
            var accept = review.Form.QuerySelectorAll("input[name=question]").ToDictionary(i => "review:" + i.GetAttribute("value"), _ => RoundQuestion.Accepted);
            Assert.Equal(HttpStatusCode.Redirect, (await review.SubmitAsync(lead, accept)).StatusCode);
        }

        var close = await Forms.GetAsync(lead, Site("/assessments/1/close"), "#close-form");
        Assert.NotEmpty(close.Document.QuerySelectorAll("#disagreements li"));

        // A zone's disagreement names the zone and marks its id as an id, never "name (id)" in plain text.
        var zoned = close.Document.QuerySelectorAll("#disagreements li").Where(li => li.QuerySelector("span.id") is not null).ToList();
        Assert.Contains(zoned, li => li.QuerySelector("span.id")!.TextContent == "control-line2");
        Assert.All(zoned, li => Assert.DoesNotContain($"({li.QuerySelector("span.id")!.TextContent})", li.TextContent, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await close.SubmitAsync(lead, new() { ["decision"] = "keep", ["reason"] = "" })).StatusCode);
        var closed = await close.SubmitAsync(lead, new() { ["decision"] = "apply" });
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(Site("/assessments/1/scores"), closed.Headers.Location!.OriginalString);

        var scores = await Forms.PageAsync(lead, Site("/assessments/1/scores"));
        Assert.NotNull(scores.QuerySelector("#site-score strong[title]"));
        var answering = await Forms.PageAsync(lead, Site("/assessments/1"));
        Assert.NotNull(answering.QuerySelector("#read-only"));
        Assert.Null(answering.QuerySelector("#save-answers"));
        Assert.NotNull((await Forms.PageAsync(lead, Site("/assessments"))).QuerySelector("#trend-chart svg"));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        var round = await db.AssessmentRounds.SingleAsync(ct);
        Assert.Equal((AssessmentRound.Closed, AssessmentRound.Applied), (round.State, round.Decision));
    }
}
