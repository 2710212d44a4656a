using System.Globalization;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// An administrator builds a site's model through the Step 1 forms in a real browser, sees the threat that a
/// conduit to a cloud brings, and exports the model as YAML.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ModellingBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Form = "form#object-form";

    /// <summary>The smart-factory threat "unauthorized access from an external network" (extension table row 1).</summary>
    private const string ExternalAccessThreat = "sf-01";

    private Browser Browser => fixture.Browser;

    [Fact]
    public async Task Administrator_creates_a_site_models_it_sees_the_cloud_threat_and_exports_it()
    {
        const string site = "yokohama";
        Browser.Begin("modelling");
        Browser.Step("signed-in", () =>
        {
            fixture.SignIn(BrowserFixture.Administrator);
            Browser.ExpectPath("/");
            Assert.Contains(BrowserHost.DemoSite, Browser.Text("#sites"), StringComparison.Ordinal);
        });
        Browser.Step("site-created", () =>
        {
            Browser.Type("#new-site-id", site);
            Browser.Type("#new-site-name", "横浜工場");
            Browser.ClickAndWait("#create-site");
            Browser.ExpectPath($"/sites/{site}");
            Assert.Contains("横浜工場", Browser.Text("h1"), StringComparison.Ordinal);
        });
        Browser.Step("operation-added", () => AddObject(site, "operations", [
            ("id", "assembly"), ("name", "組立"), ("impact.safety", "3"), ("impact.delivery", "2")]));
        Browser.Step("zone-added", () => AddObject(site, "zones", [
            ("id", "control"), ("name", "制御ゾーン"), ("template", "control")]));
        Browser.Step("asset-added", () => AddObject(site, "assets", [
            ("id", "plc-1"), ("name", "組立ライン PLC"), ("kind", "plc"), ("zone", "control"), ("operations", "assembly")]));

        var before = 0;
        Browser.Step("no-external-threat-yet", () =>
        {
            Browser.Go($"/sites/{site}/step2/control");
            Assert.DoesNotContain(ExternalAccessThreat, Browser.Text("#threats"), StringComparison.Ordinal);
            Browser.Go($"/sites/{site}");
            before = ThreatCount();
            Assert.Contains("control", Browser.Text("#zones"), StringComparison.Ordinal);
        });
        Browser.Step("cloud-added", () => AddObject(site, "externals", [
            ("id", "analytics-cloud"), ("name", "分析クラウド"), ("kind", "cloud")]));
        Browser.Step("conduit-added", () => AddObject(site, "conduits", [
            ("id", "control-to-cloud"), ("from", "control"), ("to", "analytics-cloud"), ("protocols", "https, mqtt"), ("direction", "both")]));
        Browser.Step("threat-on-zone", () =>
        {
            Browser.Go($"/sites/{site}/step2/control");
            var row = Browser.FindAll("#threats tbody tr").FirstOrDefault(r => r.Text.Contains(ExternalAccessThreat, StringComparison.Ordinal));
            Assert.True(row is not null, $"No {ExternalAccessThreat} row in #threats: {Browser.Text("#threats")}");
            Assert.NotEmpty(Browser.FindAll("#countermeasures tbody tr"));
        });
        Browser.Step("threat-on-dashboard", () =>
        {
            Browser.Go($"/sites/{site}");
            Assert.True(ThreatCount() > before, $"#threat-count stayed {before} after the conduit to the cloud.");
            Assert.Contains(ExternalAccessThreat, Browser.Text("#top-risks"), StringComparison.Ordinal);
        });
        await Browser.StepAsync("yaml-exported", async () =>
        {
            Browser.Go($"/sites/{site}/model");
            var link = Browser.Find("a#export-yaml");
            Assert.Equal($"/sites/{site}/export.yaml", new Uri(link.GetAttribute("href")!).AbsolutePath);
            Assert.True(Browser.Exists("#import-form"));

            // What the link downloads, fetched with the browser's own sign-in.
            using var client = Browser.HttpClientWithCookies();
            using var response = await client.GetAsync(new Uri(link.GetAttribute("href")!), TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"GET export.yaml: {(int)response.StatusCode}");
            var yaml = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            foreach (var expected in new[] { $"id: {site}", "横浜工場", "id: assembly", "id: control", "id: plc-1", "id: analytics-cloud", "id: control-to-cloud" })
            {
                Assert.Contains(expected, yaml, StringComparison.Ordinal);
            }

            await File.WriteAllTextAsync(Path.Combine(Browser.ScreenshotDirectory, "modelling-export.yaml"), yaml, TestContext.Current.CancellationToken);
        });
    }

    [Fact]
    public void An_invalid_object_is_shown_again_with_the_error_at_its_field()
    {
        Browser.Begin("invalid-object");
        fixture.SignIn(BrowserFixture.Lead);
        Browser.Step("form", () =>
        {
            Browser.Go($"/sites/{BrowserHost.DemoSite}/step1/assets");
            Browser.ClickAndWait("a#new-object");
            Browser.ExpectPath($"/sites/{BrowserHost.DemoSite}/step1/assets/new");
            Assert.True(Browser.Exists(Form));
        });
        Browser.Step("rejected", () =>
        {
            // A PLC must sit in a zone: the zone is left empty.
            Browser.Fill(Form, "id", "plc-without-zone");
            Browser.Fill(Form, "kind", "plc");
            DisableBrowserValidation();
            Browser.ClickAndWait("#save");
            Browser.ExpectPath($"/sites/{BrowserHost.DemoSite}/step1/assets/new");
            var invalid = Browser.FindAll(".field.invalid");
            Assert.NotEmpty(invalid);
            Assert.Contains(invalid, f => f.FindElements(OpenQA.Selenium.By.CssSelector("[name='zone']")).Count > 0);
            Assert.Contains(Browser.FindAll(".field-error"), e => !string.IsNullOrWhiteSpace(e.Text));
        });
        Browser.Step("not-listed", () =>
        {
            Browser.Go($"/sites/{BrowserHost.DemoSite}/step1/assets");
            Assert.DoesNotContain("plc-without-zone", Browser.Text("#objects"), StringComparison.Ordinal);
        });
    }

    /// <summary>Opens a section's new-object form, fills it, saves, and expects the object in the section's list.</summary>
    private void AddObject(string site, string section, (string Name, string Value)[] fields)
    {
        Browser.Go($"/sites/{site}/step1/{section}");
        Browser.ClickAndWait("a#new-object");
        Browser.ExpectPath($"/sites/{site}/step1/{section}/new");
        foreach (var (name, value) in fields)
        {
            Browser.Fill(Form, name, value);
        }

        Browser.ClickAndWait("#save");
        if (Browser.PathShown != $"/sites/{site}/step1/{section}")
        {
            var errors = Browser.FindAll(".field-error").Select(e => e.Text.Trim()).Where(e => e.Length > 0);
            Assert.Fail($"Saving the {section} form did not return to the list; errors shown: {string.Join(" | ", errors)}");
        }

        var id = fields.Single(f => f.Name == "id").Value;
        Assert.Contains(id, Browser.Text("#objects"), StringComparison.Ordinal);
    }

    private int ThreatCount() => int.Parse(Browser.Text("#threat-count"), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Lets the server judge the form: the browser's own checks (required, pattern) would stop it first.</summary>
    private void DisableBrowserValidation() =>
        ((OpenQA.Selenium.IJavaScriptExecutor)Browser.Driver).ExecuteScript("arguments[0].noValidate = true", Browser.Find(Form));
}
