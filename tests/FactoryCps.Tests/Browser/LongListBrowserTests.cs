using FactoryCps.Synthetic;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// A large site's plan and provenance pages in a real browser, in Japanese and in English: they come a page at a
/// time, the search box finds a countermeasure, and the next-page link shows one provenance table alone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LongListBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>The synthetic model names its site so; an import keeps the site's id.</summary>
    private const string Site = "synthetic";

    private Browser Browser => fixture.Browser;

    [Fact]
    public void A_large_sites_plan_and_provenance_are_paged_and_searched_in_both_languages()
    {
        Browser.Begin("long-lists");
        Browser.Step("imported", () => fixture.ImportSyntheticSite(Site, "大規模工場", new SyntheticModel.Size(300, 30, 60, 100, Externals: 5, Operations: 20)));

        foreach (var language in new[] { "ja", "en" })
        {
            var countermeasure = "";
            Browser.Step($"plan-{language}", () =>
            {
                // The plan has a row per countermeasure (fewer than its 100 rows a page): pages of 20 show the paging.
                Browser.Go($"/sites/{Site}/plan?size=20");
                Assert.Equal(language, Browser.Language);
                Assert.True(Browser.Exists("#plan-nav a.list-next"));
                Assert.Equal(20, Browser.FindAll("#plan tbody tr").Count);
                countermeasure = Browser.FindAll("#plan tbody tr[data-countermeasure]")[3].GetAttribute("data-countermeasure")!;
            });
            Browser.Step($"plan-searched-{language}", () =>
            {
                Browser.Type("#plan-nav input[name=q]", countermeasure);
                Browser.ClickAndWait("#plan-nav button[type=submit]");
                var rows = Browser.FindAll("#plan tbody tr");
                Assert.NotEmpty(rows);
                Assert.All(rows, r => Assert.Contains(countermeasure, r.Text, StringComparison.OrdinalIgnoreCase));
                Assert.True(Browser.Exists("#plan-nav a.list-clear"));
            });
            Browser.Step($"provenance-{language}", () =>
            {
                Browser.Go($"/sites/{Site}/provenance");
                Assert.Equal(["operations", "assets", "zone-importance", "zone-levels"], Browser.FindAll("main table").Select(t => t.GetAttribute("id")));
                Assert.Equal(25, Browser.FindAll("#assets tbody tr").Count);
            });
            Browser.Step($"provenance-assets-page-2-{language}", () =>
            {
                Browser.ClickAndWait("#assets-nav a.list-next");
                Assert.Equal(["assets"], Browser.FindAll("main table").Select(t => t.GetAttribute("id")));
                Assert.Equal("2", Browser.Find("#assets-nav .list-page").GetAttribute("data-page"));
                Browser.Find("#assets tbody tr details summary").Click();
                Assert.True(Browser.Find("#assets tbody tr details ul").Displayed);
            });
            if (language == "ja")
            {
                Browser.ClickAndWait("#switch-language");
            }
        }
    }
}
