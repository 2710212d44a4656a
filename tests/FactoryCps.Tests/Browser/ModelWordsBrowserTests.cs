namespace FactoryCps.Tests.Browser;

/// <summary>
/// The pages that named the model by its ids (issue 15) in a real browser, in Japanese and in English: dashboard,
/// Step 1 lists and a form, Step 2, the plan, the diagram, SBOMs, suppliers, the audit log and the site list show
/// words, with an id only after its word, muted (<c>.id</c>). Screenshots for review.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ModelWordsBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string Site = $"/sites/{BrowserHost.DemoSite}";

    private Browser Browser => fixture.Browser;

    [Fact]
    public void The_pages_name_kinds_owners_threats_and_zones_in_words_in_both_languages()
    {
        Browser.Begin("model-words");
        Browser.Step("signed-in", () => fixture.SignIn(BrowserFixture.Lead));
        foreach (var language in new[] { "ja", "en" })
        {
            Browser.Step($"sites-{language}", () => Browser.Go("/"));
            Browser.Step($"dashboard-{language}", () =>
            {
                Browser.Go(Site);
                Assert.Equal(language, Browser.Language);
                Assert.Contains(PageText.WebIn(language, "Section_dataFlows"), Browser.Text("#findings"), StringComparison.Ordinal);
                Assert.Contains("生産技術課", Browser.Text("#actions"), StringComparison.Ordinal);
            });
            Browser.Step($"assets-{language}", () =>
            {
                Browser.Go($"{Site}/step1/assets");
                Assert.Contains(FactoryCps.Resources.ModelText.ResourceManager.GetString("Choice_assets_kind_engineering_workstation", System.Globalization.CultureInfo.GetCultureInfo(language))!, Browser.Text("#objects"), StringComparison.Ordinal);
            });
            Browser.Step($"zones-{language}", () => Browser.Go($"{Site}/step1/zones"));
            Browser.Step($"conduits-{language}", () => Browser.Go($"{Site}/step1/conduits"));
            Browser.Step($"asset-form-{language}", () =>
            {
                Browser.Go($"{Site}/step1/assets/edit/plc-line1");
                Assert.Equal("plc", Browser.Find("#f-kind option[selected]").GetAttribute("value"));
            });
            Browser.Step($"step2-zone-{language}", () =>
            {
                Browser.Go($"{Site}/step2/office");
                Assert.Contains("生産技術課", Browser.Text("#countermeasures"), StringComparison.Ordinal);
            });
            Browser.Step($"plan-{language}", () =>
            {
                Browser.Go($"{Site}/plan");
                Assert.Contains("生産技術課", Browser.Text("#plan"), StringComparison.Ordinal);
            });
            Browser.Step($"diagram-{language}", () => Browser.Go($"{Site}/diagram"));
            Browser.Step($"sboms-{language}", () => Browser.Go($"{Site}/sboms"));
            Browser.Step($"suppliers-{language}", () => Browser.Go($"{Site}/suppliers"));
            Browser.Step($"audit-{language}", () => Browser.Go($"{Site}/audit"));
            Browser.Step($"advisories-{language}", () => Browser.Go("/advisories"));
            Browser.Go(Site);
            Browser.ClickAndWait("#switch-language");
        }
    }
}
