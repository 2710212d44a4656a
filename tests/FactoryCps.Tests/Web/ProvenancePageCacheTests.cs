using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using FactoryCps.Web.Provenance;
using Microsoft.Extensions.DependencyInjection;
using static FactoryCps.Tests.Web.ApiClients;

namespace FactoryCps.Tests.Web;

/// <summary>
/// The provenance page's tables are rendered once per query, revision, day and language (RenderedProvenance): a model
/// edit shows on the next view, each language and each query gets its own rendering, and the page around the
/// content stays each user's own.
/// </summary>
public sealed class ProvenancePageCacheTests
{
    private static string Provenance => $"/sites/{WebFactory.DemoSite}/provenance";

    private static string Content(IHtmlDocument page) => page.QuerySelector("main")!.InnerHtml;

    private static string NameOf(IHtmlDocument page, string asset) =>
        page.QuerySelectorAll("#assets tbody tr").Single(r => r.QuerySelector("td")!.TextContent == asset).QuerySelectorAll("td")[1].TextContent;

    [Theory]
    [DatabaseProviders]
    public async Task A_model_edit_shows_on_the_next_view_and_each_language_and_query_is_its_own(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var kept = factory.Services.GetRequiredService<RenderedProvenance>();
        var engineer = await ForAsync(factory, "engineer@example.com", "engineer");
        await factory.AddUserAsync("viewer@example.com", roles: (WebFactory.DemoSite, "viewer"));
        var viewer = await factory.SignedInClientAsync("viewer@example.com");
        var english = await factory.SignedInClientAsync("viewer@example.com");
        english.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        var before = await Forms.PageAsync(viewer, Provenance);
        Assert.Equal(1, kept.Count);
        Assert.Equal(Content(before), Content(await Forms.PageAsync(viewer, Provenance)));
        Assert.Equal(1, kept.Count);
        Assert.Equal("ライン1 PLC", NameOf(before, "plc-line1"));

        // Another language and another query are rendered, not served from the first.
        var inEnglish = await Forms.PageAsync(english, Provenance);
        Assert.NotEqual(Content(before), Content(inEnglish));
        Assert.Equal("Derived values and their provenance", inEnglish.QuerySelector("main h1")!.TextContent);
        var searched = await Forms.PageAsync(viewer, $"{Provenance}?list=assets&q=plc-line1");
        Assert.Equal("ライン1 PLC", NameOf(searched, "plc-line1"));
        Assert.Equal(["assets"], searched.QuerySelectorAll("main table").Select(t => t.Id));
        Assert.Equal(3, kept.Count);

        // A model edit through the API: the next view shows it, for every viewer.
        var address = $"/api/v1/sites/{WebFactory.DemoSite}/assets/plc-line1";
        var read = await engineer.GetAsync(address, Token);
        var asset = (await ReadAsync(read)).AsObject();
        asset["name"] = "ライン1 PLC（更新）";
        var updated = await engineer.SendAsync(Request(HttpMethod.Put, address, asset, read.Headers.ETag!.ToString()), Token);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("ライン1 PLC（更新）", NameOf(await Forms.PageAsync(viewer, Provenance), "plc-line1"));
        Assert.Equal("ライン1 PLC（更新）", NameOf(await Forms.PageAsync(english, Provenance), "plc-line1"));
    }
}
