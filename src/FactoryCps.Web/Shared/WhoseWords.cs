using System.Globalization;
using System.Net;
using FactoryCps.Guideline;
using FactoryCps.Web.Resources;
using Microsoft.AspNetCore.Html;

namespace FactoryCps.Web.Shared;

/// <summary>
/// The visible mark after a catalogue text saying whose words it is: 〔ガイドライン〕 for the guideline's own wording,
/// 〔要約〕 for FactoryCPS's, each with a tooltip naming the source. A word, not a colour, so that a printed or
/// read-aloud page still tells METI's words from ours; the words are those the reports use.
/// </summary>
internal static class WhoseWords
{
    public static IHtmlContent Mark(TextMark mark)
    {
        var seed = mark.Confidence == Confidence.Seed;
        var word = seed ? WebText.WhoseSeed : WebText.WhoseDerived;
        var tip = string.Format(CultureInfo.CurrentCulture, seed ? WebText.WhoseSeedTip : WebText.WhoseDerivedTip, mark.Source);
        var kind = seed ? "seed" : "derived";
        return new HtmlString($"<span class=\"whose\" data-whose=\"{kind}\" title=\"{WebUtility.HtmlEncode(tip)}\">{WebUtility.HtmlEncode(word)}</span>");
    }

    /// <summary>The mark of an item's title, the text pages show to name it.</summary>
    public static IHtmlContent Title(CatalogItem item) => Mark(item.TitleMark);

    public static IHtmlContent Threat(Reports.ReportContext report, string id) => Title(report.Catalog.ThreatsById[id]);

    public static IHtmlContent Countermeasure(Reports.ReportContext report, string id) => Title(report.Catalog.CountermeasuresById[id]);

    /// <summary>A finding's message is its rule's text: FactoryCPS's, unless the rule marks it otherwise.</summary>
    public static IHtmlContent Finding(Reports.ReportContext report, Findings.Finding finding) => Mark(report.Catalog.FindingMessageMark(finding.Id));

    /// <summary>
    /// The mark after FactoryCPS's own help (what to do on a page), the glossary's 〔FactoryCPS〕: our advice is
    /// neither the guideline's wording nor a summary of it, so it carries neither of the catalogue's two marks.
    /// </summary>
    public static IHtmlContent Ours() =>
        new HtmlString($"<span class=\"whose ours\" data-whose=\"ours\" title=\"{WebUtility.HtmlEncode(WebText.GlossaryMarkOursHint)}\">{WebUtility.HtmlEncode(WebText.GlossaryMarkOurs)}</span>");

    /// <summary>What the marks mean, once per page that shows them; <paramref name="ours"/> when it shows our help too.</summary>
    public static IHtmlContent Legend(bool ours = false) =>
        new HtmlString($"<p class=\"whose-legend muted\" id=\"whose-legend\">{WebUtility.HtmlEncode(ours ? WebText.WhoseLegend + " " + WebText.WhoseLegendOurs : WebText.WhoseLegend)}</p>");
}
