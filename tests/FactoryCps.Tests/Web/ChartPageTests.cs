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

        // A site drawn one zone per row shows both pictures as images of their own address, said in words by their alternative text.
        var image = dashboard.QuerySelector("#heat-map img.chart.heat-map")!;
        Assert.Null(dashboard.QuerySelector("#heat-map svg"));
        Assert.Null(dashboard.QuerySelector("#heat-map-rule"));
        Assert.Matches("^[1-9][0-9]*$", image.GetAttribute("width"));
        Assert.StartsWith("リスクヒートマップ：", image.GetAttribute("alt"), StringComparison.Ordinal);
        var heatMap = await PictureAsync(client, image.GetAttribute("src")!);
        Assert.Equal("img", (string?)heatMap.Root!.Attribute("role"));
        Assert.Equal(image.GetAttribute("alt"), (string?)heatMap.Root.Attribute("aria-label"));
        var cells = heatMap.Descendants(Ns + "g").Where(g => ((string?)g.Attribute("class"))?.StartsWith("cell", StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(cells);
        Assert.All(cells, c => Assert.False(string.IsNullOrWhiteSpace(c.Element(Ns + "text")?.Value)));
        Assert.Contains(Legend(heatMap), t => t == "極めて高い");
        var coverage = await PictureAsync(client, dashboard.QuerySelector("#coverage-chart img.chart.coverage")!.GetAttribute("src")!);
        Assert.Contains(coverage.Descendants(Ns + "g"), g => ((string?)g.Attribute("class"))?.StartsWith("segment", StringComparison.Ordinal) == true);
        Assert.Contains(Legend(coverage), t => t == "実施済");
        Assert.NotNull(dashboard.QuerySelector("#heat-map-details a[href='/sites/kawasaki/heatmap']"));
        var status = dashboard.QuerySelector("#actions td span.status")!;
        Assert.Matches("^status status-(partial|planned|missing)$", status.ClassName);
        Assert.False(string.IsNullOrWhiteSpace(status.TextContent));

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
    public async Task A_picture_is_revalidated_by_its_version_follows_edits_and_language_and_is_shown_only_to_whom_may_see_the_site(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("lead@example.com", roles: (WebFactory.DemoSite, "security-lead"));
        await factory.AddUserAsync("outsider@example.com");
        var lead = await factory.SignedInClientAsync("lead@example.com");
        var dashboard = $"/sites/{WebFactory.DemoSite}";
        var address = (await Forms.PageAsync(lead, dashboard)).QuerySelector("#heat-map img")!.GetAttribute("src")!;

        using var first = await lead.GetAsync(address, Token);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.CacheControl is { Private: true, NoCache: true, MaxAge: null }, first.Headers.CacheControl?.ToString());
        var tag = first.Headers.ETag!;
        Assert.False(tag.IsWeak);
        Assert.Contains(Uri.UnescapeDataString(address[(address.IndexOf("?v=", StringComparison.Ordinal) + 3)..]), tag.Tag, StringComparison.Ordinal);

        // Unchanged: a 304 without a body. A weak or another tag gets the picture.
        Assert.Equal(HttpStatusCode.NotModified, (await ConditionalAsync(lead, address, tag.Tag)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ConditionalAsync(lead, address, "W/" + tag.Tag)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ConditionalAsync(lead, address, "\"other\"")).StatusCode);

        // Another language is another picture, under another version.
        var english = await factory.SignedInClientAsync("lead@example.com");
        english.DefaultRequestHeaders.AcceptLanguage.Add(new System.Net.Http.Headers.StringWithQualityHeaderValue("en"));
        var englishAddress = (await Forms.PageAsync(english, dashboard)).QuerySelector("#heat-map img")!.GetAttribute("src")!;
        Assert.NotEqual(address, englishAddress);
        Assert.Contains("Very high", (await PictureAsync(english, englishAddress)).Root!.Value, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await ConditionalAsync(english, englishAddress, tag.Tag)).StatusCode);

        // A model edit: the dashboard names a new version, and the old tag no longer matches.
        var zone = await Forms.PageAsync(lead, $"{dashboard}/step2/cloud-gw");
        var row = zone.QuerySelectorAll("#countermeasures tbody tr").First(r => r.QuerySelector("select option[selected]")?.GetAttribute("value") != "implemented");
        var form = await Forms.GetAsync(lead, $"{dashboard}/step2/cloud-gw", "#statuses");
        var field = SitePageTests.RowField(form, row.Id!["cm-".Length..]);
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(lead, new() { [field + "Status"] = "implemented", [field + "Owner"] = "sec-dept", [field + "Due"] = "" })).StatusCode);
        var edited = (await Forms.PageAsync(lead, dashboard)).QuerySelector("#coverage-chart img")!.GetAttribute("src")!;
        Assert.DoesNotContain(tag.Tag.Trim('"'), Uri.UnescapeDataString(edited), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await ConditionalAsync(lead, address, tag.Tag)).StatusCode);

        // Whoever may not see the site gets nothing of it, cached or not; a stranger is sent to sign in.
        var outsider = await factory.SignedInClientAsync("outsider@example.com");
        using var refused = await ConditionalAsync(outsider, address, tag.Tag);
        Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden });
        Assert.DoesNotContain("<svg", await refused.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(address, Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"{dashboard}/charts/zones.svg", Token)).StatusCode);
    }

    private static async Task<HttpResponseMessage> ConditionalAsync(HttpClient client, string address, string tag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.TryAddWithoutValidation("If-None-Match", tag);
        var response = await client.SendAsync(request, Token);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            Assert.Empty(await response.Content.ReadAsByteArrayAsync(Token));
        }

        return response;
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

    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>A picture's own response: SVG that is well-formed XML, with no inline style (the CSP forbids it).</summary>
    private static async Task<XDocument> PictureAsync(HttpClient client, string address)
    {
        Assert.Matches(@"^/sites/[a-z0-9-]+/charts/(heat-map|coverage)\.svg\?v=", address);
        using var response = await client.GetAsync(address, Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync(Token);
        Assert.DoesNotContain("style=", text, StringComparison.Ordinal);
        return XDocument.Parse(text);
    }

    private static IEnumerable<string> Legend(XDocument svg) =>
        svg.Descendants(Ns + "g").Single(g => (string?)g.Attribute("class") == "legend").Elements(Ns + "text").Select(t => t.Value);
}
