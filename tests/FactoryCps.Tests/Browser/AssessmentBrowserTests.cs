namespace FactoryCps.Tests.Browser;

/// <summary>
/// Self-assessment in a real browser: the security lead creates a round of the network countermeasures, answers a
/// part in one form, and every page of the round is seen in Japanese and English (screenshots for review). The
/// round is not closed here: closing applies its result to the demo site's statuses, which other browser tests read;
/// closing with the disagreements applied is tested over HTTP on both databases (AssessmentPageTests, AssessmentApiTests).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AssessmentBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string Rounds = $"/sites/{BrowserHost.DemoSite}/assessments";

    private Browser Browser => fixture.Browser;

    [Fact]
    public void A_round_is_created_answered_in_one_form_and_each_page_is_seen_in_both_languages()
    {
        var round = "";
        Browser.Begin("assessment");
        Browser.Step("created", () =>
        {
            fixture.SignInAs(BrowserFixture.Lead);
            Browser.Go(Rounds + "/new");
            Browser.Fill("#new-round-form", "title", "2026 上期 自己点検");
            Browser.Find("#scope-groups input[value='network']").Click();
            Browser.ClickAndWait("#create-round");
            Assert.True(Browser.Exists("#answers-form"), Browser.Text("main"));
            round = Browser.PathShown;
        });
        Browser.Step("answered", () =>
        {
            Browser.Go(round + "?part=g%3Anetwork");
            foreach (var radio in Browser.FindAll("#answers-form input[type=radio][value='3']"))
            {
                radio.Click();
            }

            Browser.ClickAndWait("#save-answers");
            Assert.True(Browser.Exists("#saved"), Browser.Text("main"));
        });
        foreach (var language in new[] { "ja", "en" })
        {
            foreach (var (page, path) in new[] { ("list", Rounds), ("new", Rounds + "/new"), ("answers", round + "?part=g%3Anetwork"), ("review", round + "/review"), ("close", round + "/close"), ("scores", round + "/scores") })
            {
                Browser.Step($"{page}-{language}", () =>
                {
                    Browser.Go(path);
                    Assert.Equal(language, Browser.Language);
                    Assert.True(Browser.Exists("main h1"));
                });
            }

            if (language == "ja")
            {
                Browser.ClickAndWait("#switch-language");
            }
        }
    }
}
