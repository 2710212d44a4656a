using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using FactoryCps.Catalog.Loading;
using FactoryCps.Synthetic;

namespace FactoryCps.Tests.Web;

/// <summary>
/// The plan and provenance pages of a large site come a page at a time with a server-side search (docs/web.md):
/// bounds, search, refused paging input, and the demo site shown whole as it always was.
/// </summary>
public sealed class LongListPageTests
{
    private static string Site(string path) => $"/sites/{WebFactory.DemoSite}{path}";

    private static async Task<(WebFactory Factory, HttpClient Client)> StartAsync(string provider)
    {
        var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("viewer@example.com", roles: (WebFactory.DemoSite, "viewer"));
        return (factory, await factory.SignedInClientAsync("viewer@example.com"));
    }

    private static int[] Ranks(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#plan tbody tr").Select(r => int.Parse(r.GetAttribute("data-rank")!, CultureInfo.InvariantCulture))];

    private static string[] Ids(IHtmlDocument page, string table) =>
        [.. page.QuerySelectorAll($"#{table} tbody tr").Select(r => r.QuerySelector("td")!.TextContent)];

    private static int Count(IHtmlDocument page, string nav, string what) =>
        int.Parse(page.QuerySelector($"#{nav}-nav [data-{what}]")!.GetAttribute($"data-{what}")!, CultureInfo.InvariantCulture);

    [Theory]
    [DatabaseProviders]
    public async Task The_demo_sites_plan_and_provenance_show_whole_without_paging(string provider)
    {
        var (factory, client) = await StartAsync(provider);
        await using var _ = factory;

        var plan = await Forms.PageAsync(client, Site("/plan"));
        Assert.Null(plan.QuerySelector(".list-nav"));
        var ranks = Ranks(plan);
        Assert.True(ranks.Length > 20, $"{ranks.Length} plan rows");
        Assert.Equal(Enumerable.Range(1, ranks.Length), ranks);
        Assert.Empty(plan.QuerySelectorAll("#plan .more-zones"));
        // Asked for a larger page, the same rows come with their total.
        var large = await Forms.PageAsync(client, Site("/plan?size=500"));
        Assert.Equal(ranks, Ranks(large));
        Assert.Equal(ranks.Length, Count(large, "plan", "total"));

        var provenance = await Forms.PageAsync(client, Site("/provenance"));
        Assert.Null(provenance.QuerySelector(".list-nav"));
        Assert.Equal(["operations", "assets", "zone-importance", "zone-levels"], provenance.QuerySelectorAll("main table").Select(t => t.Id));
        var all = await Forms.PageAsync(client, Site("/provenance?size=500"));
        foreach (var table in new[] { "operations", "assets", "zone-importance", "zone-levels" })
        {
            Assert.NotEmpty(Ids(provenance, table));
            Assert.Equal(Ids(all, table), Ids(provenance, table));
            Assert.Equal(Ids(provenance, table).Length, Count(all, table, "total"));
        }
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_plan_comes_a_page_at_a_time_within_its_bounds(string provider)
    {
        var (factory, client) = await StartAsync(provider);
        await using var _ = factory;
        var total = Ranks(await Forms.PageAsync(client, Site("/plan"))).Length;
        var pages = (total + 9) / 10;

        var first = await Forms.PageAsync(client, Site("/plan?size=10"));
        Assert.Equal(Enumerable.Range(1, 10), Ranks(first));
        Assert.Null(first.QuerySelector("#plan-nav .list-prev"));
        Assert.Equal((1, 10, total), (Count(first, "plan", "from"), Count(first, "plan", "to"), Count(first, "plan", "matching")));

        var next = first.QuerySelector("#plan-nav a.list-next")!.GetAttribute("href")!;
        Assert.Equal(Site("/plan?size=10&page=2"), next);
        var second = await Forms.PageAsync(client, next);
        Assert.Equal(Enumerable.Range(11, 10), Ranks(second));
        Assert.Equal(Site("/plan?size=10"), second.QuerySelector("#plan-nav a.list-prev")!.GetAttribute("href"));

        var last = await Forms.PageAsync(client, Site($"/plan?size=10&page={pages}"));
        Assert.Equal(Enumerable.Range(10 * (pages - 1) + 1, total - 10 * (pages - 1)), Ranks(last));
        Assert.Null(last.QuerySelector("#plan-nav .list-next"));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(Site($"/plan?size=10&page={pages + 1}"), Token)).StatusCode);
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_plan_and_provenance_are_searched_on_the_server(string provider)
    {
        var (factory, client) = await StartAsync(provider);
        await using var _ = factory;
        var plan = await Forms.PageAsync(client, Site("/plan"));
        var countermeasure = plan.QuerySelector("#plan tbody tr[data-countermeasure]")!.GetAttribute("data-countermeasure")!;

        var found = await Forms.PageAsync(client, Site($"/plan?q={Uri.EscapeDataString(countermeasure.ToUpperInvariant())}"));
        var rows = found.QuerySelectorAll("#plan tbody tr");
        Assert.NotEmpty(rows);
        Assert.True(rows.Length < plan.QuerySelectorAll("#plan tbody tr").Length);
        Assert.Contains(rows, r => r.GetAttribute("data-countermeasure") == countermeasure);
        Assert.All(rows, r => Assert.Contains(countermeasure, r.TextContent, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(rows.Length, Count(found, "plan", "matching"));
        Assert.Equal(countermeasure.ToUpperInvariant(), (found.QuerySelector("#plan-nav input[name=q]") as IHtmlInputElement)!.Value);

        // The search box submits to the page itself, and a search that finds nothing is an empty list, not an error.
        var form = await Forms.GetAsync(client, Site("/plan?size=10"), "#plan-nav form");
        Assert.Equal("get", form.Form.Method, ignoreCase: true);
        Assert.Equal(Site("/plan"), form.Form.GetAttribute("action"));
        Assert.Equal("10", form.Form.QuerySelector("input[name=size]")!.GetAttribute("value"));
        var none = await Forms.PageAsync(client, Site("/plan?q=no-such-countermeasure-anywhere"));
        Assert.Empty(none.QuerySelectorAll("#plan tbody tr"));
        Assert.Equal(0, Count(none, "plan", "matching"));

        var provenance = await Forms.PageAsync(client, Site("/provenance"));
        var asset = Ids(provenance, "assets")[2];
        var assets = await Forms.PageAsync(client, Site($"/provenance?list=assets&q={Uri.EscapeDataString(asset)}"));
        Assert.Equal(["assets"], assets.QuerySelectorAll("main table").Select(t => t.Id));
        Assert.Contains(asset, Ids(assets, "assets"));
        Assert.InRange(Ids(assets, "assets").Length, 1, Ids(provenance, "assets").Length - 1);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Provenance_pages_through_one_table_at_a_time(string provider)
    {
        var (factory, client) = await StartAsync(provider);
        await using var _ = factory;
        var assets = Ids(await Forms.PageAsync(client, Site("/provenance")), "assets");

        var page = await Forms.PageAsync(client, Site("/provenance?list=assets&size=5&page=2"));
        Assert.Equal(["assets"], page.QuerySelectorAll("main table").Select(t => t.Id));
        Assert.Equal(assets[5..10], Ids(page, "assets"));
        Assert.Equal(assets.Length, Count(page, "assets", "total"));
        Assert.Equal(Site("/provenance?list=assets&size=5&page=3"), page.QuerySelector("#assets-nav a.list-next")?.GetAttribute("href"));
        Assert.Equal(Site("/provenance"), page.QuerySelector("#all-lists")!.GetAttribute("href"));
    }

    [Theory]
    [DatabaseProviders]
    public async Task Malformed_or_out_of_range_paging_gets_the_400_page(string provider)
    {
        var (factory, client) = await StartAsync(provider);
        await using var _ = factory;
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        string[] bad =
        [
            "page=0", "page=-1", "page=x", "page=1.5", "page=", "page=%201", "page=99999999999", "size=0", "size=501", "size=ten",
            "page=1&page=2", "size=5&size=5", "q=a&q=b", "q=" + new string('x', 201), "page=1000",
        ];
        foreach (var path in new[] { "/plan", "/provenance?list=assets" })
        {
            foreach (var query in bad)
            {
                var url = Site(path) + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;
                var response = await client.GetAsync(url, Token);
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode}");
                Assert.NotNull(Forms.Parse(await response.Content.ReadAsStringAsync(Token)).QuerySelector("#status-title"));
            }
        }

        foreach (var query in new[] { "list=nothing", "list=assets&list=operations", "page=2" })
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(Site("/provenance?" + query), Token)).StatusCode);
        }

        // The largest page and a search of the longest length are fine.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Site("/plan?size=500&q=" + new string('x', 200)), Token)).StatusCode);
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_large_imported_site_gets_paged_lists_and_summarised_zone_lists(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("admin@example.com", administrator: true);
        var admin = await factory.SignedInClientAsync("admin@example.com");
        var create = await (await Forms.GetAsync(admin, "/", "main form")).SubmitAsync(admin, new() { ["Id"] = "synthetic", ["Name"] = "Synthetic plant" });
        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
        var yaml = SyntheticModel.Generate(new SyntheticModel.Size(300, 30, 60, 100, Externals: 5, Operations: 20), [.. CatalogLoader.Default.Countermeasures.Select(c => c.Id)]);
        var form = await Forms.GetAsync(admin, "/sites/synthetic/model", "#import-form");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.Form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(yaml)), "file", "synthetic.yaml" },
        };
        var imported = await admin.PostAsync("/sites/synthetic/model", content, Token);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);

        var provenance = await Forms.PageAsync(admin, "/sites/synthetic/provenance");
        Assert.Equal(25, Ids(provenance, "assets").Length);
        Assert.Equal((300, 12), (Count(provenance, "assets", "total"), Count(provenance, "assets", "pages")));
        Assert.Equal("/sites/synthetic/provenance?list=assets&page=2", provenance.QuerySelector("#assets-nav a.list-next")!.GetAttribute("href"));
        Assert.Null(provenance.QuerySelector("#operations-nav"));
        Assert.Equal(20, Ids(provenance, "operations").Length);

        // A countermeasure missing in most of the 30 zones names twelve and counts the rest.
        var plan = await Forms.PageAsync(admin, "/sites/synthetic/plan");
        var wide = plan.QuerySelectorAll("#plan tbody tr").First(r => r.QuerySelector(".more-zones") is not null);
        Assert.Equal(12, wide.QuerySelectorAll("a[href*='/step2/z']").Length);
        Assert.Matches(@"\d+", wide.QuerySelector(".more-zones")!.TextContent);

        var zone = await Forms.PageAsync(admin, "/sites/synthetic/step2/z2");
        var risks = zone.QuerySelectorAll("#threats tbody tr").Select(r => int.Parse(r.QuerySelectorAll("td")[2].TextContent, CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(risks);
        Assert.Equal(risks.OrderDescending(), risks);
    }
}
