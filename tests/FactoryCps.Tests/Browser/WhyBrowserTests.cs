namespace FactoryCps.Tests.Browser;

/// <summary>
/// A zone's page and the provenance page in a real browser, in Japanese and in English, with the why in sentences
/// and the rule behind a details toggle (issue 15): screenshots for review, closed and opened, and a check that
/// the toggle opens without script (the CSP allows none inline).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WhyBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string Site = $"/sites/{BrowserHost.DemoSite}";

    private Browser Browser => fixture.Browser;

    [Fact]
    public void The_zone_and_provenance_pages_explain_in_sentences_with_the_rule_behind_details_in_both_languages()
    {
        Browser.Begin("why");
        Browser.Step("signed-in", () => fixture.SignIn(BrowserFixture.Lead));
        foreach (var language in new[] { "ja", "en" })
        {
            var details = PageText.WebIn(language, "WhyDetails");
            Browser.Step($"zone-{language}", () =>
            {
                Browser.Go($"{Site}/step2/safety");
                Assert.Equal(language, Browser.Language);
                Assert.Equal(details, Browser.Text("#threats td.why details summary"));
                Assert.DoesNotContain("any(", Browser.Text("#threats"), StringComparison.Ordinal);
            });
            Browser.Step($"zone-details-{language}", () =>
            {
                Browser.Find(".card .why details summary").Click();
                Browser.Find("#threats td.why details summary").Click();
                Assert.Contains("←", Browser.Text(".card .why details"), StringComparison.Ordinal);
                Assert.Contains("zone safety", Browser.Text("#threats td.why details code"), StringComparison.Ordinal);
            });
            Browser.Step($"provenance-{language}", () =>
            {
                Browser.Go($"{Site}/provenance?list=zone-levels");
                Assert.Equal(details, Browser.Text("#zone-levels td.why details summary"));
                Assert.DoesNotContain("←", Browser.Text("#zone-levels"), StringComparison.Ordinal);
            });
            Browser.Step($"provenance-details-{language}", () =>
            {
                foreach (var summary in Browser.FindAll("#zone-levels td.why details summary"))
                {
                    summary.Click();
                }

                Assert.Contains("←", Browser.Text("#zone-levels"), StringComparison.Ordinal);
            });
            Browser.ClickAndWait("#switch-language");
        }
    }
}
