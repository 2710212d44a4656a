using FactoryCps.Synthetic;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// The dashboard's risk heat map and coverage per zone in a real browser, in Japanese and in English: the demo
/// site one row per zone, a 60-zone site in groups whose link opens the group's zones. Screenshots of each go to
/// .test-results/screenshots/charts-*.png for a person to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>The synthetic model names its site so; an import keeps the site's id.</summary>
    private const string Site = "synthetic";

    private Browser Browser => fixture.Browser;

    [Fact]
    public void The_dashboards_pictures_and_a_groups_drill_down_show_in_both_languages()
    {
        Browser.Begin("charts");
        Browser.Step("imported", () => fixture.ImportSyntheticSite(Site, "大規模工場", new SyntheticModel.Size(300, 60, 60, 100, Externals: 5, Operations: 20)));

        foreach (var language in new[] { "ja", "en" })
        {
            Browser.Step($"demo-dashboard-{language}", () =>
            {
                Browser.Go($"/sites/{BrowserHost.DemoSite}");
                Assert.Equal(language, Browser.Language);
                // Images of their own address here (one zone per row): loaded and drawn, not broken.
                foreach (var picture in new[] { "#heat-map img", "#coverage-chart img" })
                {
                    Assert.True(Browser.Find(picture).Displayed);
                    Assert.True(Browser.Until(_ => Convert.ToInt32(Browser.Find(picture).GetDomProperty("naturalWidth"), System.Globalization.CultureInfo.InvariantCulture) > 100), picture);
                }
            });
            Browser.Step($"large-dashboard-{language}", () =>
            {
                Browser.Go($"/sites/{Site}");
                Assert.True(Browser.Exists("#heat-map-rule"));
                Assert.True(Browser.FindAll("#heat-map a.drill-down").Count >= 2);
            });
            Browser.Step($"drill-down-{language}", () =>
            {
                Browser.ClickAndWait("#heat-map a.drill-down");
                Assert.Equal($"/sites/{Site}/heatmap", Browser.PathShown);
                Assert.NotEmpty(Browser.FindAll("#group-zones tbody tr"));
                Assert.True(Browser.Find("#heat-map svg").Displayed);
            });
            if (language == "ja")
            {
                Browser.ClickAndWait("#switch-language");
            }
        }
    }
}
