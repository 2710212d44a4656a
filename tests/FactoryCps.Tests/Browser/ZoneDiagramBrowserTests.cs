namespace FactoryCps.Tests.Browser;

/// <summary>
/// The demo's zone diagram in a real browser, in Japanese and in English (issue 16): it fills the page's width, its
/// assets come inside their zones through the page's toggle and go again, and the same content is there as a list.
/// Screenshots of the page with and without assets for review.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ZoneDiagramBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string Site = $"/sites/{BrowserHost.DemoSite}";

    private Browser Browser => fixture.Browser;

    [Fact]
    public void The_diagram_fills_the_width_and_shows_assets_on_demand_in_both_languages()
    {
        Browser.Begin("zone-diagram");
        Browser.Step("signed-in", () => fixture.SignIn(BrowserFixture.Lead));
        foreach (var language in new[] { "ja", "en" })
        {
            Browser.Step($"diagram-{language}", () =>
            {
                Browser.Go($"{Site}/diagram");
                Assert.Equal(language, Browser.Language);
                var main = Browser.Find("main");
                var svg = Browser.Find("#diagram svg");
                Assert.True(svg.Size.Width >= main.Size.Width * 0.9, $"the diagram is {svg.Size.Width} px wide in a {main.Size.Width} px page");
                Assert.Empty(Browser.FindAll("#diagram g.asset"));
                Assert.Contains("制御ゾーン（ライン1）", Browser.Find("#diagram-text").GetAttribute("textContent"), StringComparison.Ordinal);
            });
            Browser.Step($"diagram-assets-{language}", () =>
            {
                Browser.ClickAndWait("#diagram-assets");
                Assert.DoesNotContain("assets=1", Browser.Find("#diagram-assets").GetAttribute("href"), StringComparison.Ordinal);
                Assert.NotEmpty(Browser.FindAll("#diagram g.asset"));
            });
            Browser.Step($"diagram-assets-hidden-{language}", () =>
            {
                Browser.ClickAndWait("#diagram-assets");
                Assert.Empty(Browser.FindAll("#diagram g.asset"));
            });
            if (language == "ja")
            {
                Browser.ClickAndWait("#switch-language");
            }
        }
    }
}
