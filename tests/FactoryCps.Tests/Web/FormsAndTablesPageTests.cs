using System.Net;
using FactoryCps.Localization;
using FactoryCps.Model;

namespace FactoryCps.Tests.Web;

/// <summary>
/// Lists and forms that say what they hold in words: the operations' impact ratings, the question beside each item
/// of the portal's evidence picker, and empty lists that say what to do in the web.
/// </summary>
public sealed class FormsAndTablesPageTests
{
    private const string EmptySite = "empty-plant";

    [Theory]
    [DatabaseProviders]
    public async Task The_operations_list_shows_each_operations_impact_ratings_in_words(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("lead@example.com", roles: (WebFactory.DemoSite, "security-lead"));
        var client = await factory.SignedInClientAsync("lead@example.com");

        var page = await Forms.PageAsync(client, $"/sites/{WebFactory.DemoSite}/step1/operations");

        // The sample's production: safety 3, quality 3, delivery 3, cost 2, continuity 3.
        var row = page.QuerySelectorAll("#objects tbody tr").Single(r => r.QuerySelector("a")!.GetAttribute("href")!.EndsWith("/edit/production", StringComparison.Ordinal));
        var details = row.QuerySelectorAll("td")[2].TextContent;
        Assert.Contains($"影響度: {ModelWords.Axis("safety", Language.Ja)} 大、{ModelWords.Axis("quality", Language.Ja)} 大", details, StringComparison.Ordinal);
        Assert.Contains($"{ModelWords.Axis("cost", Language.Ja)} 中", details, StringComparison.Ordinal);
        Assert.DoesNotContain("safety", details, StringComparison.Ordinal);
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_portals_evidence_picker_shows_each_items_question(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (q, token) = await SupplyTestData.IssueAsync(factory);
        var portal = await SupplyTestData.PortalClientAsync(factory, token);

        var page = await Forms.PageAsync(portal, $"/portal/questionnaires/{q.PublicId}");

        var options = page.QuerySelectorAll("#upload-item option").ToList();
        Assert.Equal(q.Items.Count, options.Count);
        foreach (var (item, option) in q.Items.Zip(options))
        {
            var text = option.TextContent;
            Assert.StartsWith(item.ItemId + " — ", text, StringComparison.Ordinal);
            var question = text[(item.ItemId.Length + 3)..].TrimEnd('…');
            Assert.True(question.Length >= 10 && (item.TextJa.StartsWith(question, StringComparison.Ordinal) || item.TextEn.StartsWith(question, StringComparison.Ordinal)), text);
        }

        Assert.NotNull(page.QuerySelector("#questions th.comment-cell"));
    }

    [Theory]
    [DatabaseProviders]
    public async Task Empty_lists_say_what_to_do_in_the_web_not_only_on_the_command_line(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider, demo: false);
        await factory.AddUserAsync("admin@example.com", administrator: true);
        var admin = await factory.SignedInClientAsync("admin@example.com");
        var create = await Forms.GetAsync(admin, "/", "main form[method=post]");
        Assert.Equal(HttpStatusCode.Redirect, (await create.SubmitAsync(admin, new() { ["Id"] = EmptySite, ["Name"] = "空の工場" })).StatusCode);
        string Site(string path) => $"/sites/{EmptySite}{path}";

        async Task<string> Empty(string url, string selector) =>
            (await Forms.PageAsync(admin, url)).QuerySelector(selector)?.TextContent
            ?? throw new Xunit.Sdk.XunitException($"No {selector} on {url}");

        Assert.Contains("SBOM", await Empty(Site("/sboms"), "#no-assets"), StringComparison.Ordinal);
        Assert.Contains("フォーム", await Empty(Site("/cases"), "#no-cases"), StringComparison.Ordinal);
        Assert.Contains("サプライヤーを追加", await Empty(Site("/suppliers"), "#no-suppliers"), StringComparison.Ordinal);
        Assert.Contains("追加", await Empty(Site("/step1/assets"), "#no-objects"), StringComparison.Ordinal);
        Assert.Contains("管理者", await Empty(Site("/matches"), "#no-matches"), StringComparison.Ordinal);
        var advisories = (await Forms.PageAsync(admin, "/advisories")).QuerySelector("#no-advisories")!;
        Assert.Contains("管理者", advisories.QuerySelector("p")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("fcps", advisories.QuerySelector("p")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("fcps advisories import", advisories.TextContent, StringComparison.Ordinal);
    }
}
