using System.Net;
using FactoryCps.Guideline;
using FactoryCps.Localization;
using FactoryCps.Reports;

namespace FactoryCps.Tests.Reports;

/// <summary>
/// Whose words the HTML and Markdown reports show (issue 15): catalogue text that is FactoryCPS's summary carries a
/// visible label (text, not a colour), seed text does not, and the footer says what the mark means.
/// </summary>
public sealed class DerivedMarkTests
{
    [Theory]
    [InlineData(Language.Ja)]
    [InlineData(Language.En)]
    public void A_derived_threat_title_is_marked_where_the_reports_show_it(Language language)
    {
        var context = ReportFixture.Sample(language);
        var derived = context.Analysis.Threats.Select(t => t.Threat).First(id => context.Catalog.ThreatsById[id].Confidence == Confidence.Derived);

        foreach (var text in new[] { WebUtility.HtmlDecode(HtmlReport.Render(context)), MarkdownReport.Render(context) })
        {
            Assert.Contains($"{context.ThreatTitle(derived)} {Mark(language)}", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\"derived\"", text, StringComparison.Ordinal);
            Assert.DoesNotContain("「derived」", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Language.Ja)]
    [InlineData(Language.En)]
    public void Seed_text_carries_no_mark_and_derived_text_does(Language language)
    {
        // The catalogue's threats are all derived today, so the seed case is the same item marked seed.
        var context = ReportFixture.Sample(language);
        var derived = context.Catalog.Threats.First(t => t.Confidence == Confidence.Derived);
        var seed = derived with { Provenance = derived.Provenance with { Confidence = Confidence.Seed } };

        Assert.Equal("", context.DerivedMark(seed));
        Assert.Equal($" {Mark(language)}", context.DerivedMark(derived));
        Assert.Equal($"{context.ThreatTitle(derived.Id)} {Mark(language)}", context.MarkedThreatTitle(derived.Id));
    }

    [Theory]
    [InlineData(Language.Ja, "〔要約〕の付いたカタログの文")]
    [InlineData(Language.En, "marked [summary] are FactoryCPS's summary")]
    public void The_footer_explains_the_mark(Language language, string legend)
    {
        var context = ReportFixture.Sample(language);

        Assert.Contains(legend, WebUtility.HtmlDecode(HtmlReport.Render(context)), StringComparison.Ordinal);
        Assert.Contains(legend, MarkdownReport.Render(context), StringComparison.Ordinal);
    }

    [Fact]
    public void A_derived_countermeasure_title_is_marked_in_the_markdown_plan()
    {
        var context = ReportFixture.Sample(Language.En);
        var action = context.Plan.Actions.First(a => context.Catalog.CountermeasuresById[a.Countermeasure].Confidence == Confidence.Derived);

        Assert.Contains($"| {context.CountermeasureTitle(action.Countermeasure)} [summary] |", MarkdownReport.Render(context), StringComparison.Ordinal);
    }

    private static string Mark(Language language) => language == Language.Ja ? "〔要約〕" : "[summary]";
}
