using System.Net;
using FactoryCps.Guideline;
using FactoryCps.Localization;
using FactoryCps.Reports;

namespace FactoryCps.Tests.Reports;

/// <summary>
/// Whose words the HTML, Markdown and Excel reports show (issue 15): catalogue text that is FactoryCPS's summary carries a
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
        var derived = context.Analysis.Threats.Select(t => t.Threat).First(id => context.Catalog.ThreatsById[id].TitleMark.Confidence == Confidence.Derived);

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
        var context = ReportFixture.Sample(language);
        var derived = context.Catalog.Threats.First(t => t.Confidence == Confidence.Derived && t.TitleMark.Confidence == Confidence.Derived);
        var seed = derived with { Provenance = derived.Provenance with { Confidence = Confidence.Seed } };

        Assert.Equal("", context.DerivedMark(seed));
        Assert.Equal($" {Mark(language)}", context.DerivedMark(derived));
        Assert.Equal($"{context.ThreatTitle(derived.Id)} {Mark(language)}", context.MarkedThreatTitle(derived.Id));
    }

    [Theory]
    [InlineData(Language.Ja)]
    [InlineData(Language.En)]
    public void A_seed_title_above_our_description_is_not_marked(Language language)
    {
        // sf-01's item is derived (its description is ours) but its title is the seed's table cell.
        var context = ReportFixture.Sample(language);

        Assert.Equal(Confidence.Derived, context.Catalog.ThreatsById["sf-01"].Confidence);
        Assert.Equal(context.ThreatTitle("sf-01"), context.MarkedThreatTitle("sf-01"));
    }

    [Theory]
    [InlineData(Language.Ja)]
    [InlineData(Language.En)]
    public void Finding_messages_are_marked_as_ours_in_every_format(Language language)
    {
        var context = ReportFixture.Sample(language);
        var finding = context.Analysis.Findings.First();
        var marked = $"{context.T(finding.Message)} {Mark(language)}";

        Assert.Contains(marked, WebUtility.HtmlDecode(HtmlReport.Render(context)), StringComparison.Ordinal);
        Assert.Contains(marked, MarkdownReport.Render(context), StringComparison.Ordinal);
        Assert.Contains(marked, XlsxCells(context));
    }

    [Theory]
    [InlineData(Language.Ja, "〔要約〕の付いたカタログの文")]
    [InlineData(Language.En, "marked [summary] are FactoryCPS's summary")]
    public void The_workbook_marks_derived_titles_and_explains_the_mark(Language language, string legend)
    {
        var context = ReportFixture.Sample(language);
        var derived = context.Analysis.Threats.First(t => context.Catalog.ThreatsById[t.Threat].TitleMark.Confidence == Confidence.Derived).Threat;
        var seed = context.Analysis.Threats.FirstOrDefault(t => context.Catalog.ThreatsById[t.Threat].TitleMark.Confidence == Confidence.Seed)?.Threat;
        var cells = XlsxCells(context);

        Assert.Contains($"{context.ThreatTitle(derived)} {Mark(language)}", cells);
        if (seed is not null)
        {
            Assert.Contains(context.ThreatTitle(seed), cells);
        }

        Assert.Contains(cells, c => c.Contains(legend, StringComparison.Ordinal));
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

    private static List<string> XlsxCells(ReportContext context)
    {
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(ReportWriter.Render(context, "xlsx")), isEditable: false);
        return [.. document.WorkbookPart!.WorksheetParts
            .SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>())
            .Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "")];
    }

    private static string Mark(Language language) => language == Language.Ja ? "〔要約〕" : "[summary]";
}
