using System.Text.RegularExpressions;
using System.Xml.Linq;
using FactoryCps.Localization;
using FactoryCps.Reports;

namespace FactoryCps.Tests.Reports;

public sealed partial class HtmlReportTests
{
    [Theory]
    [InlineData(Language.Ja)]
    [InlineData(Language.En)]
    public void The_report_makes_no_external_request(Language language)
    {
        var html = HtmlReport.Render(ReportFixture.Sample(language));

        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(SourceAttribute(), html);
        Assert.Contains("Content-Security-Policy\" content=\"default-src 'none'", html, StringComparison.Ordinal);
    }

    /// <summary>The dashboard's two pictures, in the report too: well-formed SVG in a section of its own.</summary>
    [Theory]
    [InlineData(Language.Ja, "リスクヒートマップ", "ゾーン別の対策状況")]
    [InlineData(Language.En, "Risk heat map", "Coverage per zone")]
    public void The_report_embeds_the_risk_heat_map_and_coverage_per_zone(Language language, string heatMap, string coverage)
    {
        var html = HtmlReport.Render(ReportFixture.Sample(language));

        var section = Regex.Match(html, "<section id=\"heat-map\" class=\"page\"><h2>(?<title>[^<]+)</h2>(?<body>.*?)</section>", RegexOptions.Singleline);
        Assert.True(section.Success);
        Assert.Equal(heatMap, section.Groups["title"].Value);
        Assert.Contains($"<h3>{coverage}</h3>", section.Groups["body"].Value, StringComparison.Ordinal);
        var svgs = Regex.Matches(section.Groups["body"].Value, "<svg class=\"chart (?<kind>[a-z-]+)\".*?</svg>", RegexOptions.Singleline);
        Assert.Equal(["heat-map", "coverage"], svgs.Select(m => m.Groups["kind"].Value));
        Assert.All(svgs, m => Assert.Equal("svg", XDocument.Parse(m.Value).Root!.Name.LocalName));
    }

    [Fact]
    public void The_report_has_every_section_in_the_chosen_language()
    {
        var japanese = HtmlReport.Render(ReportFixture.Sample(Language.Ja));
        var english = HtmlReport.Render(ReportFixture.Sample(Language.En));

        foreach (var id in new[] { "summary", "step1", "diagram", "threats", "plan", "findings" })
        {
            Assert.Contains($"<section id=\"{id}\"", japanese, StringComparison.Ordinal);
        }

        Assert.Contains("<html lang=\"ja\">", japanese, StringComparison.Ordinal);
        Assert.Contains("経営層向けサマリー", japanese, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("Summary for management", english, StringComparison.Ordinal);
        Assert.Contains("川崎部品工場", english, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_prints_on_a4_with_page_breaks_and_japanese_line_breaking()
    {
        var html = HtmlReport.Render(ReportFixture.Sample());

        Assert.Contains("@page { size: A4;", html, StringComparison.Ordinal);
        Assert.Contains("break-before: page", html, StringComparison.Ordinal);
        Assert.Contains("thead { display: table-header-group; }", html, StringComparison.Ordinal);
        Assert.Contains("line-break: strict", html, StringComparison.Ordinal);
        Assert.Contains("Noto Sans CJK JP", html, StringComparison.Ordinal);
    }

    [Fact]
    public void User_text_is_escaped()
    {
        var html = HtmlReport.Render(ReportFixture.FromYaml("""
            format: 1
            site: { id: s, name: "<script>alert(1)</script>" }
            operations: [{ id: o, name: "a & b", impact: { safety: 3 } }]
            zones: [{ id: z, name: "<img src=x onerror=alert(1)>" }]
            assets: [{ id: a, kind: plc, zone: z, operations: [o] }]
            """));

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("a &amp; b", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Ja, "の目標セキュリティレベルは 4", "詳細（ルール）")]
    [InlineData(Language.En, "target security level of zone", "Details (rule)")]
    public void The_reports_why_is_a_sentence_and_the_chain_is_code_behind_details(Language language, string sentence, string details)
    {
        var html = HtmlReport.Render(ReportFixture.Sample(language));
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        var why = document.QuerySelectorAll("td").Where(c => c.QuerySelector("details.why-rule") is not null).ToList();
        Assert.NotEmpty(why);
        Assert.Contains(why, c => c.QuerySelector("span.why")!.TextContent.Contains(sentence, StringComparison.Ordinal));
        Assert.All(why, c => Assert.Equal(details, c.QuerySelector("details > summary")!.TextContent));
        Assert.All(why, c => Assert.DoesNotContain("←", c.QuerySelector("span.why")!.TextContent, StringComparison.Ordinal));
        Assert.Contains(why, c => c.QuerySelector("details code")!.TextContent.Contains("high-importance-sis", StringComparison.Ordinal));
    }

    [Fact]
    public void The_report_shows_provenance_and_the_plan()
    {
        var context = ReportFixture.Sample(Language.En);
        var html = HtmlReport.Render(context);

        Assert.Contains("zone safety targetLevel 3 +1 high-importance-sis = 4 ← zone safety importance 3", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains(context.Plan.Actions[0].Countermeasure, html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_standalone_diagram_is_well_formed_svg_with_every_zone_and_conduit()
    {
        var context = ReportFixture.Sample();
        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(ReportWriter.Render(context, "svg")));
        XNamespace ns = "http://www.w3.org/2000/svg";

        Assert.Equal(ns + "svg", svg.Root!.Name);
        var titles = svg.Descendants(ns + "title").Select(t => t.Value).ToList();
        Assert.All(context.Analysis.Zones, z => Assert.Contains(titles, t => t == (z.Name ?? z.Id)));
        Assert.Equal(context.Analysis.Model.Conduits.Count, svg.Descendants(ns + "path").Count(l => l.Element(ns + "title") is not null));
        // The one unprotected crossing of the sample is drawn in red, thick and dashed.
        Assert.Single(svg.Descendants(ns + "path"), l => (string?)l.Attribute("stroke") == "#c62828" && l.Attribute("stroke-dasharray") is not null && l.Element(ns + "title") is not null);
    }

    [Fact]
    public void The_html_report_embeds_the_same_svg_as_the_diagram_file()
    {
        var context = ReportFixture.Sample();
        var file = System.Text.Encoding.UTF8.GetString(ReportWriter.Render(context, "svg"));
        var inline = context.Diagram(assets: false).Svg;

        // The file differs only by its XML declaration and the namespace that HTML leaves implicit.
        Assert.EndsWith(inline.Replace("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" ", StringComparison.Ordinal), file, StringComparison.Ordinal);
        Assert.Contains($"<div class=\"diagram\">{inline}</div>", HtmlReport.Render(context), StringComparison.Ordinal);
    }

    [GeneratedRegex("""\s(src|href)\s*=\s*["'](?!#|data:)""", RegexOptions.IgnoreCase)]
    private static partial Regex SourceAttribute();
}
