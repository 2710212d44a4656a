using System.Globalization;
using System.Text;
using AngleSharp.Dom;

namespace FactoryCps.Tests.Web;

/// <summary>
/// Every page of the demo site, and the pages a staff member sees beside it, read as words (issue 15): no
/// enumeration value or object id of the model vocabulary (<see cref="ModelVocabulary"/>) is visible text of the
/// main content, except inside an element that shows it as an identifier on purpose (<c>code</c>, <c>kbd</c>,
/// <c>samp</c>, <c>pre</c>, <c>.id</c>) or in a form control's value. The pages are found by following every
/// link, so a new page is checked without being named here.
/// </summary>
public sealed class ModelVocabularyPageTests
{
    private static readonly string Site = $"/sites/{WebFactory.DemoSite}";

    /// <summary>The pages outside the site a security lead opens; the rest is found through links.</summary>
    private static readonly string[] Starts =
    [
        "/", Site, "/advisories", "/glossary", "/account/tokens", "/account/password", "/account/two-factor",
        "/account/sessions", "/account/passkeys", "/inbox",
        $"{Site}/assessments/1/scores", // a closed round's scores with its zones, reached in English too
    ];

    /// <summary>
    /// Shown as identifiers on purpose, or by design not words: code and form values, marked ids, text marked as
    /// the other language's (the glossary's other-language term). The why cells are
    /// checked too: their sentence is words, and the rule chain behind their details toggle is in <c>code</c>.
    /// </summary>
    private const string NotWords = "code, kbd, samp, pre, script, style, input, textarea, .id, [lang]";

    [Theory]
    [DatabaseProviders]
    public async Task No_page_of_the_demo_site_shows_a_model_id_where_a_word_belongs_in_japanese(string provider)
    {
        await using var factory = await StartAsync(provider);
        var client = await factory.SignedInClientAsync("sato@example.com");

        var (pages, offences) = await CrawlAsync(client, "ja");

        Assert.True(pages > 40, $"only {pages} pages were found: the crawl lost its way");
        Assert.True(offences.Length == 0, $"ids shown where a word belongs on the Japanese pages:\n{offences}");
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_english_pages_show_words_too(string provider)
    {
        await using var factory = await StartAsync(provider);
        var client = await factory.SignedInClientAsync("sato@example.com");
        await (await Forms.GetAsync(client, Site, "header form")).SubmitAsync(client, [], "culture", "en");

        var (_, offences) = await CrawlAsync(client, "en", limit: 60);

        Assert.True(offences.Length == 0, $"ids shown where a word belongs on the English pages:\n{offences}");
    }

    private static async Task<WebFactory> StartAsync(string provider)
    {
        var factory = await WebFactory.CreateAsync(provider);
        var sato = await factory.AddUserAsync("sato@example.com", roles: (WebFactory.DemoSite, "security-lead"));
        // The inbox with a notice, so that its words are crawled too.
        await Notifications.Notices.SendAsync(factory, await Notifications.Notices.RoundDueAsync(factory), sato.Id);
        await ClosedRoundAsync(factory);
        return factory;
    }

    /// <summary>A closed self-assessment round with per-zone questions, so that its pages (scores per zone among them) are crawled.</summary>
    private static async Task ClosedRoundAsync(WebFactory factory)
    {
        var lead = await ApiClients.ForAsync(factory, "lead@example.com", "security-lead");
        var round = await ApiClients.ReadAsync(await lead.SendAsync(ApiClients.Request(HttpMethod.Post, AssessmentApiTests.Rounds(), AssessmentApiTests.NetworkRound()), Token));
        foreach (var id in round["questions"]!.AsArray().Select(q => Uri.EscapeDataString((string)q!["questionId"]!)))
        {
            (await lead.SendAsync(ApiClients.Request(HttpMethod.Put, AssessmentApiTests.Rounds($"/1/questions/{id}/answer"), new System.Text.Json.Nodes.JsonObject { ["level"] = 3 }, "\"1\""), Token)).EnsureSuccessStatusCode();
            (await lead.SendAsync(ApiClients.Request(HttpMethod.Put, AssessmentApiTests.Rounds($"/1/questions/{id}/review"), new System.Text.Json.Nodes.JsonObject { ["review"] = "accepted" }, "\"2\""), Token)).EnsureSuccessStatusCode();
        }

        (await lead.SendAsync(ApiClients.Request(HttpMethod.Post, AssessmentApiTests.Rounds("/1/close"), new System.Text.Json.Nodes.JsonObject { ["apply"] = false, ["reason"] = "crawl" }, "\"1\""), Token)).EnsureSuccessStatusCode();
        var scores = await Forms.PageAsync(await factory.SignedInClientAsync("lead@example.com"), $"{Site}/assessments/1/scores");
        var zones = scores.QuerySelectorAll("#zone-scores tbody tr");
        Assert.NotEmpty(zones);
        Assert.All(zones, z => Assert.Equal(z.GetAttribute("data-zone"), z.QuerySelector("td:first-child span.id")?.TextContent));
    }

    /// <summary>Reads every page reachable from <see cref="Starts"/> by same-site GET links; the offences, one page a line.</summary>
    private static async Task<(int Pages, StringBuilder Offences)> CrawlAsync(HttpClient client, string language, int limit = 1000)
    {
        var queue = new Queue<string>(Starts);
        var from = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(Starts, StringComparer.Ordinal);
        var offences = new StringBuilder();
        var pages = 0;
        while (queue.Count > 0 && pages < limit)
        {
            var path = queue.Dequeue();
            var response = await client.GetAsync(path);
            if (response.StatusCode == System.Net.HttpStatusCode.NotFound && path == "/glossary")
            {
                continue; // another change adds the glossary page
            }

            if (response.Headers.Location is { } moved && (int)response.StatusCode is >= 300 and < 400)
            {
                var target = moved.IsAbsoluteUri ? moved.PathAndQuery : moved.OriginalString;
                if (seen.Add(target))
                {
                    queue.Enqueue(target);
                }

                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                offences.AppendLine(CultureInfo.InvariantCulture, $"{path}: {(int)response.StatusCode}, linked from {from.GetValueOrDefault(path)}");
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue; // an export or a download
            }

            var page = Forms.Parse(await response.Content.ReadAsStringAsync());
            pages++;
            if (page.DocumentElement.GetAttribute("lang") is { } lang && lang != language && !path.Contains("lang=", StringComparison.Ordinal))
            {
                offences.AppendLine(CultureInfo.InvariantCulture, $"{path}: in '{lang}', not '{language}'");
            }

            var found = ModelVocabulary.FoundIn(VisibleText(page), english: language == "en").ToList();
            if (found.Count > 0)
            {
                offences.AppendLine(CultureInfo.InvariantCulture, $"{path}: {string.Join("; ", found)}");
            }

            foreach (var link in Links(page).Where(seen.Add))
            {
                from[link] = path;
                queue.Enqueue(link);
            }
        }

        return (pages, offences);
    }

    /// <summary>
    /// The site's own pages a link leads to: not signing out, not another language of a document, and not the
    /// reports (<c>/reports/html</c>), which the core writes for the command line as well and which still show ids.
    /// </summary>
    private static IEnumerable<string> Links(IDocument page) =>
        page.QuerySelectorAll("a[href]")
            .Select(a => a.GetAttribute("href")!)
            .Where(href => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
            .Select(href => href.Split('#')[0])
            .Where(href => href.StartsWith(Site, StringComparison.Ordinal) || Starts.Contains(href.Split('?')[0]))
            .Where(href => !href.Contains("/logout", StringComparison.Ordinal) && !href.Contains("lang=", StringComparison.Ordinal))
            .Where(href => !href.Contains("/reports/", StringComparison.Ordinal));

    private static string VisibleText(IDocument page)
    {
        var main = page.QuerySelector("main") ?? page.Body!;
        foreach (var hidden in main.QuerySelectorAll(NotWords).ToList())
        {
            hidden.Remove();
        }

        // Cells and blocks run together in TextContent; a space keeps "plc" and "zone" apart in "plc</td><td>zone".
        foreach (var block in main.QuerySelectorAll("td, th, li, p, div, dt, dd, option, span, a, h1, h2, h3, h4, label, caption, summary, button, text, title").ToList())
        {
            block.Append(page.CreateTextNode(" "));
        }

        return main.TextContent;
    }
}
