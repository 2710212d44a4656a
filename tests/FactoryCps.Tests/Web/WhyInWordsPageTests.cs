using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using FactoryCps.Catalog.Loading;

namespace FactoryCps.Tests.Web;

/// <summary>
/// The why of Step 2 and of the provenance page in sentences (issue 15): the subject by its name and the rule by
/// its description are the text a person reads; the chain with ids and the rule language stay behind a
/// "details" toggle, inside <c>code</c>.
/// </summary>
public sealed partial class WhyInWordsPageTests
{
    private static string Site(string path) => $"/sites/{WebFactory.DemoSite}{path}";

    /// <summary>Every condition of the catalogue's rules and raises, as the rule language writes it.</summary>
    private static readonly string[] Expressions =
        [.. CatalogLoader.Default.Rules.Select(r => r.When.Text), .. CatalogLoader.Default.LevelMapping.Raises.Select(r => r.When.Text)];

    [Theory]
    [DatabaseProviders]
    public async Task The_zone_pages_why_is_a_sentence_and_the_rule_language_stays_behind_details(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var client = await ViewerAsync(factory);

        foreach (var zone in new[] { "control-line1", "safety", "cloud-gw" })
        {
            var page = await Forms.PageAsync(client, Site("/step2/" + zone));
            var whys = page.QuerySelectorAll("#threats td.why, .card .why").ToList();
            Assert.NotEmpty(whys);
            foreach (var why in whys)
            {
                AssertInWords(why, zone);
                Assert.Equal("詳細（ルール）", why.QuerySelector("details > summary")!.TextContent);
            }

            // The rule language is still there for who checks the model: each match's condition, inside code.
            var rules = page.QuerySelectorAll("#threats td.why details code").Select(c => c.TextContent).ToList();
            Assert.Contains(rules, code => Expressions.Any(e => code.Contains(e, StringComparison.Ordinal)));
        }

        var control = await Forms.PageAsync(client, Site("/step2/control-line1"));
        var described = CatalogLoader.Default.Rules.Select(r => r.Description.Ja).ToList();
        Assert.Contains(control.QuerySelectorAll("#threats td.why").Select(Visible), text => described.Any(d => text.Contains(d, StringComparison.Ordinal)));
        Assert.StartsWith("ゾーン「制御ゾーン（ライン1）」の重要度は", Visible(control.QuerySelector(".card .why")!), StringComparison.Ordinal);
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_provenance_pages_why_is_a_sentence_and_the_chain_stays_behind_details(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var client = await ViewerAsync(factory);

        var page = await Forms.PageAsync(client, Site("/provenance"));
        var whys = page.QuerySelectorAll("td.why").ToList();
        Assert.NotEmpty(whys);
        foreach (var why in whys)
        {
            AssertInWords(why, "");
            Assert.Equal("詳細（ルール）", why.QuerySelector("details > summary")!.TextContent);
            Assert.Contains(why.QuerySelectorAll("details code"), c => c.TextContent.Contains(" importance ", StringComparison.Ordinal) || c.TextContent.Contains("targetLevel", StringComparison.Ordinal) || c.TextContent.Contains("impact.", StringComparison.Ordinal));
        }

        var level = page.QuerySelectorAll("#zone-levels tr").First(r => r.TextContent.Contains("安全計装ゾーン", StringComparison.Ordinal)).QuerySelector("td.why")!;
        Assert.Contains("引き上げ：", Visible(level), StringComparison.Ordinal);
        Assert.Contains(level.QuerySelectorAll("details code"), c => c.TextContent.Contains(CatalogLoader.Default.LevelMapping.Raises[0].When.Text, StringComparison.Ordinal));
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_english_pages_explain_in_english_and_the_rendered_provenance_is_kept_per_language(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var client = await ViewerAsync(factory);
        var japanese = await Forms.PageAsync(client, Site("/provenance"));
        Assert.Contains("の重要度は", Visible(japanese.QuerySelector("td.why")!), StringComparison.Ordinal);
        client = await factory.SignedInClientAsync("viewer@example.com");
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        var provenance = await Forms.PageAsync(client, Site("/provenance"));
        var first = provenance.QuerySelector("td.why")!;
        Assert.StartsWith("The ", Visible(first), StringComparison.Ordinal);
        Assert.Equal("Details (rule)", first.QuerySelector("details > summary")!.TextContent);
        var zone = await Forms.PageAsync(client, Site("/step2/control-line1"));
        Assert.StartsWith("The importance of zone “制御ゾーン（ライン1）” is", Visible(zone.QuerySelector(".card .why")!), StringComparison.Ordinal);
        var described = CatalogLoader.Default.Rules.Select(r => r.Description.En).ToList();
        Assert.Contains(zone.QuerySelectorAll("#threats td.why").Select(Visible), text => described.Any(d => text.Contains(d, StringComparison.Ordinal)));
    }

    private static async Task<HttpClient> ViewerAsync(WebFactory factory)
    {
        await factory.AddUserAsync("viewer@example.com", roles: (WebFactory.DemoSite, "viewer"));
        return await factory.SignedInClientAsync("viewer@example.com");
    }

    /// <summary>No rule expression, chain arrow, rule id or "kind id" subject outside the details toggle.</summary>
    private static void AssertInWords(IElement why, string zone)
    {
        var text = Visible(why);
        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.DoesNotContain("←", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Expressions, e => text.Contains(e, StringComparison.Ordinal));
        Assert.DoesNotContain(CatalogLoader.Default.Rules, r => text.Contains(r.Id, StringComparison.Ordinal));
        Assert.False(Subject().IsMatch(text), $"{zone}: a subject by its id in \"{text}\"");
    }

    /// <summary>The text a person reads without opening the toggle: the cell without its details and code.</summary>
    private static string Visible(IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var hidden in copy.QuerySelectorAll("details, code").ToList())
        {
            hidden.Remove();
        }

        return copy.TextContent.Trim();
    }

    [GeneratedRegex(@"\b(zone|asset|operation|conduit|dataFlow|site) [a-z0-9][a-z0-9-]*\b")]
    private static partial Regex Subject();
}
