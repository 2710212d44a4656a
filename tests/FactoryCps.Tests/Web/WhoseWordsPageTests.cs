using AngleSharp.Dom;

namespace FactoryCps.Tests.Web;

/// <summary>
/// Whose words the pages show (issue 15): a catalogue title or finding message carries a visible word saying whether
/// it is the guideline's wording or FactoryCPS's, with the source in its tooltip and a legend on the page; a seed
/// title above our description (sf-01) reads as the guideline's.
/// </summary>
public sealed class WhoseWordsPageTests
{
    private static string Site(string path) => $"/sites/{WebFactory.DemoSite}{path}";

    [Theory]
    [DatabaseProviders]
    public async Task Catalogue_titles_and_finding_messages_say_whose_words_they_are(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("lead@example.com", roles: (WebFactory.DemoSite, "security-lead"));
        var client = await factory.SignedInClientAsync("lead@example.com");

        var zone = await Forms.PageAsync(client, Site("/step2/cloud-gw"));
        var seed = Mark(Row(zone, "#threats", "sf-01"));
        Assert.Equal(("seed", "〔ガイドライン〕"), (seed.GetAttribute("data-whose"), seed.TextContent));
        Assert.Contains("ext:3.2.2", seed.GetAttribute("title"), StringComparison.Ordinal);
        var derived = Mark(Row(zone, "#threats", "ct-dos"));
        Assert.Equal(("derived", "〔要約〕"), (derived.GetAttribute("data-whose"), derived.TextContent));
        Assert.All(zone.QuerySelectorAll("#countermeasures tbody tr"), r => Assert.NotNull(r.QuerySelector(".whose")));
        Assert.NotNull(zone.QuerySelector("#whose-legend"));

        var dashboard = await Forms.PageAsync(client, Site(""));
        var findings = dashboard.QuerySelectorAll("#findings tbody tr");
        Assert.NotEmpty(findings);
        Assert.All(findings, r => Assert.Equal("derived", Mark(r).GetAttribute("data-whose")));
        Assert.All(dashboard.QuerySelectorAll("#top-risks tbody tr, #actions tbody tr"), r => Assert.NotNull(r.QuerySelector(".whose")));

        var plan = await Forms.PageAsync(client, Site("/plan"));
        Assert.All(plan.QuerySelectorAll("#plan tr[data-source=countermeasure]"), r => Assert.NotNull(r.QuerySelector(".whose")));
        Assert.NotNull(plan.QuerySelector("#whose-legend"));

        var step3 = await Forms.PageAsync(client, Site("/step3"));
        Assert.All(step3.QuerySelectorAll("#ooda-preventive tbody tr"), r => Assert.Equal("seed", Mark(r).GetAttribute("data-whose")));
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_marks_are_english_words_in_english(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("lead@example.com", roles: (WebFactory.DemoSite, "security-lead"));
        var client = await factory.SignedInClientAsync("lead@example.com");
        await (await Forms.GetAsync(client, Site(""), "header form")).SubmitAsync(client, [], "culture", "en");

        var zone = await Forms.PageAsync(client, Site("/step2/cloud-gw"));

        Assert.Equal("[guideline]", Mark(Row(zone, "#threats", "sf-01")).TextContent);
        Assert.Equal("[summary]", Mark(Row(zone, "#threats", "ct-dos")).TextContent);
        Assert.Contains("FactoryCPS", zone.QuerySelector("#whose-legend")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>The row whose threat is <paramref name="id"/>: the id follows the title as a marked identifier.</summary>
    private static IElement Row(IDocument page, string table, string id) =>
        page.QuerySelectorAll($"{table} tbody tr").Single(r => r.QuerySelector("td .id")?.TextContent.Trim('(', ')', ' ') == id);

    private static IElement Mark(IElement row) => row.QuerySelector(".whose") ?? throw new Xunit.Sdk.XunitException($"No whose-words mark in: {row.TextContent}");
}
