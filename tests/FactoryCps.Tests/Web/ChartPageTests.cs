using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FactoryCps.Catalog.Loading;
using FactoryCps.Synthetic;

namespace FactoryCps.Tests.Web;

/// <summary>
/// The risk heat map and coverage per zone where people look (issue 16): on the dashboard and in the HTML report,
/// one row per zone on a small site, one per template and target level on a large one, each such row leading to
/// a page of its zones; and the grades and statuses of the tables carry a colour class beside their word.
/// </summary>
public sealed class ChartPageTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [DatabaseProviders]
    public async Task The_demo_dashboard_draws_a_row_per_zone_and_colours_grades_and_statuses_with_their_words(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("viewer@example.com", roles: (WebFactory.DemoSite, "viewer"));
        var client = await factory.SignedInClientAsync("viewer@example.com");

        var dashboard = await Forms.PageAsync(client, $"/sites/{WebFactory.DemoSite}");

        var heatMap = dashboard.QuerySelector("#heat-map svg.heat-map")!;
        Assert.Equal("img", heatMap.GetAttribute("role"));
        Assert.Null(dashboard.QuerySelector("#heat-map-rule"));
        var cells = heatMap.QuerySelectorAll("g.cell");
        Assert.NotEmpty(cells);
        Assert.All(cells, c => Assert.False(string.IsNullOrWhiteSpace(c.QuerySelector("text")?.TextContent)));
        Assert.Contains(heatMap.QuerySelectorAll("g.legend text"), t => t.TextContent == "極めて高い");
        Assert.NotNull(dashboard.QuerySelector("#coverage-chart svg.coverage g.segment"));
        Assert.Contains(dashboard.QuerySelectorAll("#coverage-chart g.legend text"), t => t.TextContent == "実施済");
        var status = dashboard.QuerySelector("#actions td span.status")!;
        Assert.Matches("^status status-(partial|planned|missing)$", status.ClassName);
        Assert.False(string.IsNullOrWhiteSpace(status.TextContent));
        Assert.DoesNotContain("style=", dashboard.QuerySelector("#heat-map")!.InnerHtml, StringComparison.Ordinal);

        var zones = await Forms.PageAsync(client, $"/sites/{WebFactory.DemoSite}/step2");
        var grade = zones.QuerySelectorAll("#policies tbody td").First(td => td.ClassName?.StartsWith("grade-", StringComparison.Ordinal) == true);
        Assert.Matches("^grade-[A-E]$", grade.ClassName);
        Assert.False(string.IsNullOrWhiteSpace(grade.TextContent));

        var plan = await Forms.PageAsync(client, $"/sites/{WebFactory.DemoSite}/plan");
        Assert.NotNull(plan.QuerySelector("#plan tbody span.status"));

        var report = await client.GetStringAsync($"/sites/{WebFactory.DemoSite}/reports/html", Token);
        var pictures = Regex.Matches(report, "<svg class=\"chart (heat-map|coverage)\".*?</svg>", RegexOptions.Singleline);
        Assert.Equal(2, pictures.Count);
        Assert.All(pictures, p => XDocument.Parse(p.Value));
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_large_site_draws_groups_that_drill_down_to_their_zones(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("admin@example.com", administrator: true);
        var admin = await factory.SignedInClientAsync("admin@example.com");
        await ImportLargeSiteAsync(admin);

        var dashboard = await Forms.PageAsync(admin, "/sites/synthetic");

        Assert.NotNull(dashboard.QuerySelector("#heat-map-rule"));
        var heatMap = dashboard.QuerySelector("#heat-map svg.heat-map")!;
        Assert.Equal("group", heatMap.GetAttribute("role"));
        var links = heatMap.QuerySelectorAll("a.drill-down").Select(a => a.GetAttribute("href")!).ToList();
        Assert.InRange(links.Count, 2, 40);
        Assert.All(links, l => Assert.Matches(@"^/sites/synthetic/heatmap\?template=[a-z-]*&level=\d$", l));
        Assert.Equal(links, dashboard.QuerySelectorAll("#coverage-chart a.drill-down").Select(a => a.GetAttribute("href")!));

        // Every zone is in exactly one group's page, and each page lists its zones with a link to Step 2.
        var listed = new List<string>();
        foreach (var link in links)
        {
            var group = await Forms.PageAsync(admin, link);
            var rows = group.QuerySelectorAll("#group-zones tbody tr");
            Assert.NotEmpty(rows);
            Assert.Equal(rows.Length, group.QuerySelectorAll("#heat-map svg.heat-map > text > title").Length);
            Assert.Empty(group.QuerySelectorAll("#heat-map a"));
            listed.AddRange(rows.Select(r => r.QuerySelector("a[href^='/sites/synthetic/step2/']")!.GetAttribute("href")!));
        }

        Assert.Equal(60, listed.Count);
        Assert.Equal(60, listed.Distinct().Count());

        var gone = await Forms.PageAsync(admin, "/sites/synthetic/heatmap?template=dmz&level=9");
        Assert.NotNull(gone.QuerySelector("#group-empty"));
        var all = await Forms.PageAsync(admin, "/sites/synthetic/heatmap");
        Assert.Equal(60, all.QuerySelectorAll("#group-zones tbody tr").Length);

        var report = await admin.GetStringAsync("/sites/synthetic/reports/html", Token);
        Assert.Contains("<svg class=\"chart heat-map\"", report, StringComparison.Ordinal);
        Assert.DoesNotContain("drill-down", report, StringComparison.Ordinal);
    }

    /// <summary>A 60-zone synthetic plant, above the grouping threshold of 30, imported as the administrator would.</summary>
    internal static async Task ImportLargeSiteAsync(HttpClient admin)
    {
        var create = await (await Forms.GetAsync(admin, "/", "main form")).SubmitAsync(admin, new() { ["Id"] = "synthetic", ["Name"] = "Synthetic plant" });
        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
        var yaml = SyntheticModel.Generate(new SyntheticModel.Size(300, 60, 60, 100, Externals: 5, Operations: 20), [.. CatalogLoader.Default.Countermeasures.Select(c => c.Id)]);
        var form = await Forms.GetAsync(admin, "/sites/synthetic/model", "#import-form");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.Form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(yaml)), "file", "synthetic.yaml" },
        };
        var imported = await admin.PostAsync("/sites/synthetic/model", content, Token);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
    }
}
