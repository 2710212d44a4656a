using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using FactoryCps.Catalog.Loading;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FactoryCps.Tests.Web;

/// <summary>
/// The glossary as a page (issue 15, "one vocabulary"): every term in the reader's language with its anchor, whose
/// words it is, and the headings' words on other pages linking to existing anchors.
/// </summary>
public sealed class GlossaryPageTests
{
    private static readonly string Step3 = $"/sites/{WebFactory.DemoSite}/step3";

    [Theory]
    [DatabaseProviders]
    public async Task The_japanese_page_lists_every_term_with_its_anchor_reading_english_word_and_mark(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("viewer@example.com", roles: (WebFactory.DemoSite, "viewer"));
        var client = await factory.SignedInClientAsync("viewer@example.com");

        var page = await Forms.PageAsync(client, "/glossary");

        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        var glossary = CatalogLoader.Default.Glossary;
        Assert.Equal(glossary.Count, page.QuerySelectorAll("#glossary tr.glossary-entry").Length);
        foreach (var entry in glossary)
        {
            var row = page.GetElementById(entry.Id);
            Assert.True(row is not null, $"no anchor #{entry.Id}");
            Assert.Equal(entry.Term.Ja, row.QuerySelector(".glossary-term")!.TextContent);
            Assert.Contains(entry.Reading, row.TextContent, StringComparison.Ordinal);
            Assert.Contains(entry.Term.En, row.TextContent, StringComparison.Ordinal);
            Assert.Contains(entry.Definition.Ja, row.TextContent, StringComparison.Ordinal);
        }

        // Whose words: the seed's term is shown as the guideline's, ours is marked as FactoryCPS's.
        Assert.Equal("ガイドラインの語", page.QuerySelector("#ooda-observe td:first-child .whose.seed")!.TextContent);
        Assert.Equal("〔FactoryCPS〕", page.QuerySelector("#sign-in td:first-child .whose.ours")!.TextContent);
        Assert.Contains("ベンダー", page.GetElementById("vendor")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ガイドライン拡充版 3.3", page.GetElementById("ooda-observe")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("nav.main a#nav-glossary[href='/glossary']"));
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_english_page_uses_the_english_terms_and_names_the_rejected_english_variants(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("viewer@example.com", roles: (WebFactory.DemoSite, "viewer"));
        var client = await factory.SignedInClientAsync("viewer@example.com");
        await (await Forms.GetAsync(client, "/glossary", "header form")).SubmitAsync(client, [], "culture", "en");

        var page = await Forms.PageAsync(client, "/glossary");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Observe", page.QuerySelector("#ooda-observe .glossary-term")!.TextContent);
        Assert.Contains("監視", page.GetElementById("ooda-observe")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("[FactoryCPS]", page.QuerySelector("#sign-in td:first-child .whose.ours")!.TextContent);
        // The guideline is Japanese: its mark goes with the Japanese term, and every English term is our translation.
        Assert.Equal("Guideline's word", page.QuerySelector("#ooda-observe td.term-ja .whose.seed")!.TextContent);
        Assert.Equal("[FactoryCPS]", page.QuerySelector("#ooda-observe td:first-child .whose.ours")!.TextContent);
        Assert.Contains("smart-ification", page.GetElementById("smart-factory")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(CatalogLoader.Default.Glossary.Count, page.QuerySelectorAll("#glossary tr.glossary-entry").Length);
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_step3_page_links_its_phases_to_existing_anchors_of_the_glossary(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("viewer@example.com", roles: (WebFactory.DemoSite, "viewer"));
        var client = await factory.SignedInClientAsync("viewer@example.com");

        var step3 = await Forms.PageAsync(client, Step3);
        var glossary = await Forms.PageAsync(client, "/glossary");

        var links = step3.QuerySelectorAll("main a.term").OfType<IHtmlAnchorElement>().ToList();
        Assert.Contains(links, a => a.GetAttribute("href") == "/glossary#ooda-observe" && a.TextContent == "監視");
        Assert.Contains(links, a => a.GetAttribute("href") == "/glossary#phase");
        foreach (var link in links)
        {
            var href = link.GetAttribute("href")!;
            Assert.StartsWith("/glossary#", href, StringComparison.Ordinal);
            Assert.True(glossary.GetElementById(href["/glossary#".Length..]) is not null, $"{href} leads to no anchor");
        }
    }

    [Theory]
    [DatabaseProviders]
    public async Task Other_pages_link_their_headings_words_to_existing_anchors(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("viewer@example.com", roles: (WebFactory.DemoSite, "viewer"));
        var client = await factory.SignedInClientAsync("viewer@example.com");
        var glossary = await Forms.PageAsync(client, "/glossary");

        foreach (var (path, term) in new[] { ("/step2", "security-level"), ("/plan", "countermeasure"), ("/step1/conduits", "conduit") })
        {
            var page = await Forms.PageAsync(client, $"/sites/{WebFactory.DemoSite}{path}");
            var hrefs = page.QuerySelectorAll("main a.term").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Contains($"/glossary#{term}", hrefs);
            Assert.All(hrefs, h => Assert.NotNull(glossary.GetElementById(h.Split('#')[1])));
        }
    }

    [Theory]
    [DatabaseProviders]
    public async Task Without_a_session_the_page_and_the_api_are_refused(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await anonymous.GetAsync("/glossary", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/login", page.Headers.Location!.AbsolutePath);
        Assert.DoesNotContain("監視", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/glossary", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_api_gives_every_term_with_its_marks_to_any_token(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var user = await factory.AddUserAsync("viewer@example.com", roles: (WebFactory.DemoSite, "viewer"));
        var api = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await factory.TokenForAsync(user));

        var terms = JsonNode.Parse(await api.GetStringAsync("/api/v1/glossary", TestContext.Current.CancellationToken))!.AsArray();

        Assert.Equal(CatalogLoader.Default.Glossary.Count, terms.Count);
        var observe = terms.Single(t => (string?)t!["id"] == "ooda-observe")!;
        Assert.Equal("監視", (string?)observe["term"]!["ja"]);
        Assert.Equal("seed", (string?)observe["termConfidence"]);
        Assert.Equal("derived", (string?)observe["confidence"]);
        Assert.Contains("smart-ification", terms.Single(t => (string?)t!["id"] == "smart-factory")!["rejects"]!["en"]!.AsArray().Select(v => (string?)v));
    }
}
