using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace FactoryCps.Tests.Web;

/// <summary>
/// Site roles, OODA phases and audit actions read as words on the pages (issue 15, "no identifier where a word belongs"):
/// the ids stay in form values and data attributes, never in the text a person reads.
/// </summary>
public sealed partial class WordsNotIdsPageTests
{
    private static readonly string[] Pages = ["/members", "/step3", "/cases/1", "/audit"];

    private static string Site(string path) => $"/sites/{WebFactory.DemoSite}{path}";

    [Theory]
    [DatabaseProviders]
    public async Task The_japanese_pages_name_roles_phases_and_actions_in_words_and_keep_the_ids_as_values(string provider)
    {
        await using var factory = await StartAsync(provider);
        var client = await factory.SignedInClientAsync("sato@example.com");

        foreach (var path in Pages)
        {
            var page = await Forms.PageAsync(client, Site(path));
            Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
            var raw = RawIds().Matches(VisibleText(page)).Select(m => m.Value).Distinct().ToList();
            Assert.True(raw.Count == 0, $"{path} shows ids as text: {string.Join(", ", raw)}");
        }

        var members = await Forms.PageAsync(client, Site("/members"));
        Assert.Contains("現場部門長", members.QuerySelector("#members")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("技術者(OT)", members.QuerySelector("#member-role option[value=engineer]")!.TextContent);
        var step3 = await Forms.PageAsync(client, Site("/step3"));
        Assert.Equal(["監視", "分析", "決定", "行動"], step3.QuerySelectorAll("#ooda-preventive td[data-phase]").Select(c => c.TextContent.Trim()));
        var audit = await Forms.PageAsync(client, Site("/audit"));
        Assert.Contains("作成", audit.QuerySelectorAll("#audit td[data-action=create]").Select(c => c.TextContent));
        Assert.Equal("監視", (await Forms.PageAsync(client, Site("/cases/1"))).QuerySelector("#case-phase")!.TextContent);
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_english_pages_use_the_english_words(string provider)
    {
        await using var factory = await StartAsync(provider);
        var client = await factory.SignedInClientAsync("sato@example.com");
        await (await Forms.GetAsync(client, Site(""), "header form")).SubmitAsync(client, [], "culture", "en");

        var members = await Forms.PageAsync(client, Site("/members"));
        Assert.Equal("en", members.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Head of the plant floor", members.QuerySelector("#members")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Engineer (OT)", members.QuerySelector("#member-role option[value=engineer]")!.TextContent);
        var step3 = await Forms.PageAsync(client, Site("/step3"));
        Assert.Equal(["Observe", "Orient", "Decide", "Act"], step3.QuerySelectorAll("#ooda-preventive td[data-phase]").Select(c => c.TextContent.Trim()));
        var audit = await Forms.PageAsync(client, Site("/audit"));
        Assert.Contains("Create", audit.QuerySelectorAll("#audit td[data-action=create]").Select(c => c.TextContent));
        var kase = await Forms.PageAsync(client, Site("/cases/1"));
        Assert.Equal("Observe", kase.QuerySelector("#case-phase")!.TextContent);
        Assert.Contains("Engineer (OT)", kase.QuerySelector("#movers")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>A security lead (whose e-mail names no role) who gives a colleague a role and reports an incident: members, audit entries and a case.</summary>
    private static async Task<WebFactory> StartAsync(string provider)
    {
        var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("sato@example.com", roles: (WebFactory.DemoSite, "security-lead"));
        await factory.AddUserAsync("suzuki@example.com");
        var lead = await factory.SignedInClientAsync("sato@example.com");
        await (await Forms.GetAsync(lead, Site("/members"), "#add-member-form")).SubmitAsync(lead, new() { ["email"] = "suzuki@example.com", ["role"] = "site-manager" });
        await (await Forms.GetAsync(lead, Site("/cases"), "#report-form")).SubmitAsync(lead, new() { ["title"] = "HMI restarts at night", ["severity"] = "high" });
        return factory;
    }

    /// <summary>The main content's text without code, preformatted change records and form controls (whose values are ids by design).</summary>
    private static string VisibleText(IDocument page)
    {
        var main = page.QuerySelector("main") ?? page.Body!;
        foreach (var hidden in main.QuerySelectorAll("code, pre, input, script").ToList())
        {
            hidden.Remove();
        }

        return main.TextContent;
    }

    [GeneratedRegex(@"(?<![\w@.-])(admin|security-lead|site-manager|engineer|executive|viewer|observe|orient|decide|act|create|update|delete|upload|import|open|advance|close|roles\.md)(?![\w@-])")]
    private static partial Regex RawIds();
}
