using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FactoryCps.Localization;
using FactoryCps.Reports;

namespace FactoryCps.Tests.Reports;

/// <summary>The workbook opens with a reader library (the Open XML SDK) and holds what the plant team expects.</summary>
public sealed class XlsxReportTests
{
    private static SpreadsheetDocument Open(ReportContext context) =>
        SpreadsheetDocument.Open(new MemoryStream(ReportWriter.Render(context, "xlsx")), isEditable: false);

    private static List<List<string>> Rows(SpreadsheetDocument document, string sheetName)
    {
        var sheet = document.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
        return [.. part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList())];
    }

    [Fact]
    public void Has_the_seven_sheets_and_the_note_on_whose_words()
    {
        using var document = Open(ReportFixture.Sample(Language.En));

        Assert.Equal(
            ["Operations", "Assets", "Zones", "Conduits", "Threats x countermeasures", "Plan", "Findings", "About this report"],
            document.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value));
    }

    [Fact]
    public void Sheets_hold_one_row_per_item_after_the_header()
    {
        var context = ReportFixture.Sample(Language.En);
        using var document = Open(context);

        Assert.Equal(context.Analysis.Assets.Count + 1, Rows(document, "Assets").Count);
        Assert.Equal(context.Analysis.Zones.Count + 1, Rows(document, "Zones").Count);
        Assert.Equal(context.Analysis.Threats.Sum(t => t.Countermeasures.Count) + 1, Rows(document, "Threats x countermeasures").Count);
        Assert.Equal(context.Plan.Actions.Count + 1, Rows(document, "Plan").Count);
        Assert.Equal(context.Analysis.Findings.Count + 1, Rows(document, "Findings").Count);
    }

    [Fact]
    public void Grades_and_statuses_fill_their_cells_with_the_dashboards_colours_beside_their_letter_or_mark_and_word()
    {
        var context = ReportFixture.Sample(Language.Ja);
        using var document = Open(context);
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var formats = stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fills = stylesheet.Fills!.Elements<Fill>().ToList();
        var fonts = stylesheet.Fonts!.Elements<Font>().ToList();
        var sheet = document.WorkbookPart.Workbook.Descendants<Sheet>().Single(s => s.Name == "対策計画");
        var cells = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().Skip(1).Select(r => r.Elements<Cell>().ElementAt(3)).ToList();
        Assert.NotEmpty(cells);
        foreach (var cell in cells)
        {
            var status = context.Plan.Actions[cells.IndexOf(cell)].Status;
            var format = formats[(int)cell.StyleIndex!.Value];
            var colour = FactoryCps.Charts.ChartPalette.Status(status);
            Assert.Equal("FF" + colour.Fill[1..].ToUpperInvariant(), fills[(int)format.FillId!.Value].PatternFill!.ForegroundColor!.Rgb!.Value);
            Assert.Equal("FF" + colour.Text[1..].ToUpperInvariant(), fonts[(int)format.FontId!.Value].Color!.Rgb!.Value);
            Assert.Equal($"{FactoryCps.Charts.CoverageChart.Marks[status]} {context.Status(status)}", cell.InlineString!.InnerText);
        }

        var threats = document.WorkbookPart.Workbook.Descendants<Sheet>().Single(s => s.Name!.Value!.StartsWith("脅威", StringComparison.Ordinal));
        var grades = ((WorksheetPart)document.WorkbookPart.GetPartById(threats.Id!)).Worksheet.Descendants<Row>().Skip(1).Select(r => r.Elements<Cell>().ElementAt(4)).ToList();
        var highest = grades.First(c => c.InlineString!.InnerText == context.Catalog.RiskModel.Grades[0].Grade);
        Assert.Equal("FF" + FactoryCps.Charts.ChartPalette.Grades[0].Fill[1..].ToUpperInvariant(), fills[(int)formats[(int)highest.StyleIndex!.Value].FillId!.Value].PatternFill!.ForegroundColor!.Rgb!.Value);

        var markdown = System.Text.Encoding.UTF8.GetString(ReportWriter.Render(context, "md"));
        Assert.Contains($"| {FactoryCps.Charts.CoverageChart.Marks[context.Plan.Actions[0].Status]} {context.Status(context.Plan.Actions[0].Status)} |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_hold_the_analysis_values()
    {
        var context = ReportFixture.Sample(Language.En);
        using var document = Open(context);

        var sis = Rows(document, "Assets").Single(r => r[0] == "sis-1");
        Assert.Equal("3", sis[6]);
        Assert.StartsWith("The importance of asset “", sis[7], StringComparison.Ordinal);
        Assert.DoesNotContain("sis-1", sis[7], StringComparison.Ordinal);
        Assert.Equal("asset sis-1 importance 3 ← operation safety-shutdown impact.safety 3", sis[8]);
        var safety = Rows(document, "Zones").Single(r => r[0] == "safety");
        Assert.Equal("4", safety[4]);
        Assert.Equal("1", Rows(document, "Plan")[1][0]);
    }

    [Fact]
    public void Every_sheet_has_a_frozen_header_and_a_filter()
    {
        using var document = Open(ReportFixture.Sample());

        foreach (var part in document.WorkbookPart!.WorksheetParts)
        {
            var pane = part.Worksheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal("A2", pane.TopLeftCell!.Value);
            Assert.StartsWith("A1:", part.Worksheet.Descendants<AutoFilter>().Single().Reference!.Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Japanese_sheet_names_follow_the_language()
    {
        using var document = Open(ReportFixture.Sample(Language.Ja));

        Assert.Contains(document.WorkbookPart!.Workbook.Descendants<Sheet>(), s => s.Name == "保護対象");
    }
}
