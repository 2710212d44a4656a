namespace FactoryCps.Tests.Browser;

/// <summary>
/// The glossary page and a page whose headings link to it, in a real browser in Japanese and English (issue 15, one
/// vocabulary): screenshots for review, and a click on a phase of Step 3 that lands on the term's entry.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GlossaryBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string Site = $"/sites/{BrowserHost.DemoSite}";

    private Browser Browser => fixture.Browser;

    [Fact]
    public void The_glossary_and_the_step3_links_to_it_in_both_languages()
    {
        Browser.Begin("glossary");
        Browser.Step("signed-in", () => fixture.SignIn(BrowserFixture.Lead));
        foreach (var language in new[] { "ja", "en" })
        {
            Browser.Step($"glossary-{language}", () =>
            {
                Browser.Go("/glossary");
                Assert.Equal(language, Browser.Language);
                Assert.Equal(PageText.WebIn(language, "Glossary"), Browser.Text("main h1"));
                Assert.Equal(PageText.WebIn(language, "CasePhase_observe"), Browser.Text("#ooda-observe .glossary-term"));
            });
            Browser.Step($"step3-terms-{language}", () =>
            {
                Browser.Go($"{Site}/step3");
                Assert.EndsWith("/glossary#ooda-orient", Browser.Find("#ooda-preventive-orient a.term").GetAttribute("href"), StringComparison.Ordinal);
            });
            Browser.Step($"term-followed-{language}", () =>
            {
                Browser.ClickAndWait("#ooda-preventive-orient a.term");
                Assert.Equal("/glossary", Browser.PathShown);
                Assert.EndsWith("#ooda-orient", Browser.Driver.Url, StringComparison.Ordinal);
                Assert.Equal(PageText.WebIn(language, "CasePhase_orient"), Browser.Text("#ooda-orient .glossary-term"));
            });
            Browser.ClickAndWait("#switch-language");
        }
    }
}
