using FactoryCps.Checklists;
using FactoryCps.Web.Checklists;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// The rounds page and a closed round's scores in a real browser, in Japanese and English (screenshots for review):
/// before any round closes the trend is a sentence, not an empty axis; after two close, the chart with its axis
/// name clear of "100 %", and the zones of the scores named with their ids marked. The rounds are closed keeping
/// the demo site's statuses, which this class's own server holds.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RoundScoresBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string Rounds = $"/sites/{BrowserHost.DemoSite}/assessments";

    private Browser Browser => fixture.Browser;

    [Fact]
    public async Task The_trend_says_when_no_round_closed_and_closed_rounds_show_their_trend_and_zone_scores_in_both_languages()
    {
        Browser.Begin("round-scores");
        fixture.SignInAs(BrowserFixture.Lead);
        foreach (var language in new[] { "ja", "en" })
        {
            Browser.Step($"no-trend-{language}", () =>
            {
                Browser.Go(Rounds);
                Assert.Equal(language, Browser.Language);
                Assert.True(Browser.Exists("#no-trend"), Browser.Text("main"));
                Assert.False(Browser.Exists("#trend-chart"));
            });
            if (language == "ja")
            {
                Browser.ClickAndWait("#switch-language");
            }
        }

        await ClosedRoundAsync("2025 下期 自己点検", level: 2);
        await ClosedRoundAsync("2026 上期 自己点検", level: 4);
        foreach (var language in new[] { "en", "ja" })
        {
            Browser.Step($"trend-{language}", () =>
            {
                Browser.Go(Rounds);
                Assert.Equal(language, Browser.Language);
                Assert.True(Browser.Exists("#trend-chart svg .axis-name"), Browser.Text("main"));
                Assert.False(Browser.Exists("#no-trend"));
            });
            Browser.Step($"scores-{language}", () =>
            {
                Browser.Go(Rounds + "/2/scores");
                var zones = Browser.FindAll("#zone-scores td:first-child .id").Select(e => e.Text).ToList();
                Assert.NotEmpty(zones);
                // The answers that moved name their zone the same way; nothing else in a question's words is marked.
                Assert.All(Browser.FindAll("#answer-changes td:first-child .id"), e => Assert.Contains(e.Text, zones));
                Assert.DoesNotContain("(control-line1)", Browser.Text("#zone-scores"), StringComparison.Ordinal);
            });
            if (language == "en")
            {
                Browser.ClickAndWait("#switch-language");
            }
        }
    }

    /// <summary>A round of the network countermeasures answered at one level, accepted and closed keeping the statuses, through the desk the pages use.</summary>
    private async Task ClosedRoundAsync(string title, int level)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var desk = scope.ServiceProvider.GetRequiredService<RoundDesk>();
        var site = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().Sites.SingleAsync(s => s.Key == BrowserHost.DemoSite, Token);
        var lead = new RoundActor(null, BrowserFixture.Lead, "security-lead", Manages: true);
        var (round, refusal) = await desk.CreateAsync(site, new NewRound(title, new AssessmentScope([], [], ["network"]), new DateOnly(2027, 1, 31), false, []), lead, Token);
        Assert.True(round is not null, refusal?.ToString());
        var ids = round.Questions.Select(q => q.QuestionId).ToList();
        Assert.True((await desk.AnswerAsync(site.Id, round.Number, [.. ids.Select(id => new AnswerInput(id, 1, level, false, null, null))], lead, Token)).Succeeded);
        Assert.True((await desk.ReviewAsync(site.Id, round.Number, [.. ids.Select(id => new ReviewInput(id, 2, true, null))], lead, Token)).Succeeded);
        var closed = await desk.CloseAsync(site, round.Number, 1, apply: false, "kept for the screenshots", lead, Token);
        Assert.Null(closed.Refusal);
    }
}
