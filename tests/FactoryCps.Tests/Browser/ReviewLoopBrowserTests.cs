using FactoryCps.Web.Data;
using FactoryCps.Web.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// The PDCA loop closed in a real browser, in Japanese and English (screenshots for review): the call for a review
/// on the dashboard, gone once a review is recorded; the review's actions in the site's plan, one marked done there.
/// Screenshots: .test-results/screenshots/pdca-loop-*.png.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewLoopBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string Site = $"/sites/{BrowserHost.DemoSite}";

    private Browser Browser => fixture.Browser;

    [Fact]
    public async Task A_call_for_a_review_shows_on_the_dashboard_and_the_reviews_actions_join_the_plan()
    {
        Browser.Begin("pdca-loop"); // not "review-…": the review scenario clears review-*.png
        fixture.SignInAs(BrowserFixture.Lead);
        Browser.Step("dashboard-call-ja", () =>
        {
            Browser.Go(Site);
            Assert.Equal("ja", Browser.Language);
            Assert.True(Browser.Exists("#findings tr.review-call[data-review-call='none-recorded']"), Browser.Text("#findings"));
            Assert.Contains("見直し", Browser.Text("#findings tr.review-call"), StringComparison.Ordinal);
        });
        Browser.ClickAndWait("#switch-language");
        Browser.Step("dashboard-call-en", () =>
        {
            Assert.Equal("en", Browser.Language);
            Assert.Contains("No PDCA review has been recorded yet", Browser.Text("#findings tr.review-call"), StringComparison.Ordinal);
        });
        Browser.ClickAndWait("#switch-language");
        Browser.ClickAndWait("#findings tr.review-call a.review-new");
        Browser.ExpectPath(Site + "/reviews/new");

        // Recorded with two actions; their due dates set as the meeting did (a date field types by the browser's locale).
        Browser.Fill("#new-review-form", "participants[0].name", "山田 太郎");
        Browser.Fill("#new-review-form", "participants[0].role", "セキュリティ担当部署");
        Browser.Fill("#new-review-form", "decisions", "リモート保守の接続手順を改め、復旧訓練を行う。");
        Browser.Fill("#new-review-form", "actions[0].title", "リモート保守手順書の改訂");
        Browser.Fill("#new-review-form", "actions[0].owner", "sec-dept");
        Browser.Fill("#new-review-form", "actions[1].title", "ランサムウェアを想定した復旧訓練");
        Browser.Fill("#new-review-form", "actions[1].owner", "plant-eng");
        Browser.ClickAndWait("#create-review");
        await DueAsync(7, 60);
        Browser.Go(Site + "/reviews/1");
        Browser.ClickAndWait("#close-review");
        Assert.Equal("closed", Browser.Find("#review-state").GetAttribute("data-state"));

        Browser.Step("dashboard-recorded-ja", () =>
        {
            Browser.Go(Site);
            Assert.False(Browser.Exists("#findings tr.review-call"), Browser.Text("#findings"));
        });
        Browser.Step("plan-ja", () =>
        {
            Browser.Go(Site + "/plan");
            Assert.Equal("1", Browser.Find("#review-action-1-1").GetAttribute("data-rank"));
            Assert.Contains("セキュリティ担当部署", Browser.Text("#review-action-1-1 .owner"), StringComparison.Ordinal);
            Assert.True(Browser.Exists("#review-action-1-2"));
        });
        Browser.Step("plan-done-ja", () =>
        {
            Browser.ClickAndWait("#review-done-1-1 button");
            Browser.ExpectPath(Site + "/plan");
            Assert.False(Browser.Exists("#review-action-1-1"));
            Assert.True(Browser.Exists("#review-action-1-2"));
        });
        Browser.ClickAndWait("#switch-language");
        Browser.Step("plan-en", () =>
        {
            Assert.Equal("en", Browser.Language);
            Assert.Contains("PDCA review", Browser.Text("#review-action-1-2"), StringComparison.Ordinal);
            Assert.Contains("placed by the date the review set", Browser.Text("#plan-review-intro"), StringComparison.Ordinal);
        });
        Browser.Step("dashboard-recorded-en", () =>
        {
            Browser.Go(Site);
            Assert.False(Browser.Exists("#findings tr.review-call"));
        });
        Browser.ClickAndWait("#switch-language");
    }

    /// <summary>The draft's actions due in <paramref name="days"/> days each, from today.</summary>
    private async Task DueAsync(params int[] days)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var actions = await db.ReviewActions.OrderBy(a => a.Position).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(days.Length, actions.Count);
        foreach (var (action, day) in actions.Zip(days))
        {
            action.DueDate = today.AddDays(day);
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
