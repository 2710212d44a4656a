using System.Globalization;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// An administrator creates a new site and walks its guided set-up in a real browser to the first analysis: leaving
/// halfway, coming back through the site's page to the stage the model says is next, and seeing every stage in
/// Japanese and in English (screenshots in .test-results/screenshots/start-*.png).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StartBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Site = "sakai";

    private static readonly string[] Stages = ["purpose", "operations", "zones", "assets", "connections", "analysis"];

    private Browser Browser => fixture.Browser;

    [Fact]
    public void A_new_site_is_set_up_to_its_first_analysis_left_once_and_resumed_from_the_sites_page()
    {
        Browser.Begin("start");
        Browser.Step("site-created-ja", () =>
        {
            fixture.SignIn(BrowserFixture.Administrator);
            Browser.Type("#new-site-id", Site);
            Browser.Type("#new-site-name", "堺工場");
            Browser.ClickAndWait("#create-site");
            Browser.ExpectPath($"/sites/{Site}");
            Assert.True(Browser.Exists("#start-link"), Browser.Text("main"));
        });
        Browser.Step("overview-ja", () =>
        {
            Browser.ClickAndWait("#start-link");
            Browser.ExpectPath($"/sites/{Site}/start");
            Assert.Equal("purpose", Browser.Find("#start-continue").GetAttribute("data-stage"));
        });
        Browser.Step("purpose-ja", () =>
        {
            Browser.ClickAndWait("#start-continue");
            Save("objectives", [("name", "稼働状況の見える化"), ("kind", "visualization")]);
            // Dates are typed as the browser's locale shows them; the HTTP tests save them.
            Save("bcp", [("maxTolerableDowntimeHours", "24")]);
            Assert.Contains("稼働状況の見える化", Browser.Text("#objectives-list"), StringComparison.Ordinal);
        });
        Browser.Step("operations-ja", () =>
        {
            Next("operations");
            Save("operations", [("name", "プレス加工"), ("objective", "objective-1"), ("impact.safety", "3"), ("impact.delivery", "2")]);
            Assert.Contains("プレス加工", Browser.Text("#operations-list"), StringComparison.Ordinal);
        });
        Browser.Step("zones-ja", () =>
        {
            Next("zones");
            Save("zones", [("template", "control"), ("name", "プレス制御")]);
            Save("zones", [("template", "operations"), ("name", "生産管理")]);
            Assert.Equal(2, Browser.FindAll("#zones-list li").Count);
            Browser.Find("#zone-templates summary").Click();
        });

        // Left halfway; the site's page offers the set-up again, and it continues at the first stage not done.
        Browser.Step("left-ja", () =>
        {
            Browser.ClickAndWait("#start-leave");
            Browser.ExpectPath($"/sites/{Site}");
            Assert.True(Browser.Exists("#start-notice"));
        });
        Browser.Step("resumed-ja", () =>
        {
            Browser.ClickAndWait("#start-link");
            Assert.Equal("assets", Browser.Find("#start-continue").GetAttribute("data-stage"));
            Assert.Equal(3, Browser.FindAll("#start-progress li.done").Count);
            Browser.ClickAndWait("#start-continue");
            Browser.ExpectPath($"/sites/{Site}/start/assets");
        });
        Browser.Step("assets-ja", () =>
        {
            Save("assets", [("name", "プレス PLC"), ("kind", "plc"), ("zone", "control"), ("operations", "operation-1")]);
            Save("assets", [("name", "IoT ゲートウェイ"), ("kind", "iot-gateway"), ("zone", "operations"), ("operations", "operation-1")]);
            Assert.Equal(2, Browser.FindAll("#assets-list li").Count);
        });
        Browser.Step("connections-ja", () =>
        {
            Next("connections");
            Save("externals", [("name", "保守ベンダのクラウド"), ("kind", "cloud")]);
            Save("conduits", [("from", "operations"), ("to", "external-1"), ("protocols", "https, mqtt"), ("encrypted", "true")]);
            Assert.Contains("保守ベンダのクラウド", Browser.Text("#conduits-list"), StringComparison.Ordinal);
        });
        Browser.Step("analysis-ja", () =>
        {
            Next("analysis");
            Assert.False(Browser.Exists("#start-missing"));
            Assert.True(int.Parse(Browser.Text("#start-threats"), CultureInfo.InvariantCulture) > 0);
            Assert.NotEmpty(Browser.FindAll("#start-risks tbody tr"));
        });
        Browser.Step("dashboard-after-ja", () =>
        {
            Browser.ClickAndWait("#start-dashboard");
            Assert.False(Browser.Exists("#start-notice"));
        });

        Browser.Step("switched-to-en", () =>
        {
            Browser.ClickAndWait("#switch-language");
            Assert.Equal("en", Browser.Language);
        });
        Browser.Step("overview-en", () =>
        {
            Browser.Go($"/sites/{Site}/start");
            Assert.Equal("analysis", Browser.Find("#start-continue").GetAttribute("data-stage"));
        });
        foreach (var stage in Stages)
        {
            Browser.Step($"{stage}-en", () =>
            {
                Browser.Go($"/sites/{Site}/start/{stage}");
                Assert.Equal("en", Browser.Language);
                Assert.True(Browser.Exists("#start-progress li.current"));
            });
        }

        Browser.Step("refused-en", () =>
        {
            Browser.Go($"/sites/{Site}/start/zones");
            Browser.ClickAndWait("#start-save-zones");
            Assert.Equal(2, Browser.FindAll("#zones .field.invalid").Count);
        });
    }

    /// <summary>Fills one of the stage's forms and saves it; the page comes back with the object listed.</summary>
    private void Save(string section, (string Name, string Value)[] fields)
    {
        foreach (var (name, value) in fields)
        {
            Browser.Fill($"#start-form-{section}", name, value);
        }

        Browser.ClickAndWait($"#start-save-{section}");
        Assert.False(Browser.Exists(".field-error"), Browser.Text("main"));
        Assert.False(Browser.Exists(".notice.bad"), Browser.Text("main"));
    }

    private void Next(string stage)
    {
        Browser.ClickAndWait("#start-next");
        Browser.ExpectPath($"/sites/{Site}/start/{stage}");
    }
}
