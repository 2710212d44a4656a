namespace FactoryCps.Tests.Browser;

/// <summary>
/// Whose words in a real browser (issue 15): the zone, dashboard, plan and Step 3 pages in Japanese and English, each
/// catalogue title and finding message followed by the guideline's or FactoryCPS's mark with its tooltip, and the
/// legend; screenshots for review.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WhoseWordsBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string Site = $"/sites/{BrowserHost.DemoSite}";

    private Browser Browser => fixture.Browser;

    [Fact]
    public void Zone_dashboard_plan_and_step3_say_whose_words_in_both_languages()
    {
        Browser.Begin("whose-words");
        Browser.Step("signed-in", () => fixture.SignIn(BrowserFixture.Lead));
        foreach (var language in new[] { "ja", "en" })
        {
            Browser.Step($"zone-{language}", () =>
            {
                Browser.Go($"{Site}/step2/cloud-gw");
                Assert.Equal(language, Browser.Language);
                var marks = Browser.FindAll("#threats .whose");
                Assert.Contains(marks, m => m.Text == PageText.WebIn(language, "WhoseSeed") && m.GetAttribute("title")!.Contains("ext:3.2.2", StringComparison.Ordinal));
                Assert.Contains(marks, m => m.Text == PageText.WebIn(language, "WhoseDerived"));
                Assert.Equal(PageText.WebIn(language, "WhoseLegend"), Browser.Text("#whose-legend"));
            });
            Browser.Step($"dashboard-{language}", () =>
            {
                Browser.Go(Site);
                Assert.All(Browser.FindAll("#findings tbody tr"), r => Assert.Equal(PageText.WebIn(language, "WhoseDerived"), r.FindElement(OpenQA.Selenium.By.CssSelector(".whose")).Text));
            });
            Browser.Step($"plan-{language}", () =>
            {
                Browser.Go($"{Site}/plan");
                Assert.True(Browser.Exists("#plan .whose"));
            });
            Browser.Step($"step3-{language}", () =>
            {
                Browser.Go($"{Site}/step3");
                Assert.Equal(PageText.WebIn(language, "WhoseSeed"), Browser.Text("#ooda-preventive-observe .whose"));
            });
            Browser.ClickAndWait("#switch-language");
        }
    }
}
