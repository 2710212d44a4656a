using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FactoryCps.Localization;

namespace FactoryCps.Suppliers.Excel;

/// <summary>
/// Exports a questionnaire as a workbook a supplier fills in with Excel: an instructions sheet, the items sheet
/// (answer dropdown, comment column, everything else locked) and a very hidden sheet with the identity that
/// <see cref="QuestionnaireXlsxReader"/> checks. The protection has no password: it prevents slips, not
/// tampering; the reader checks everything again.
/// </summary>
internal static class QuestionnaireXlsxWriter
{
    public static void Write(QuestionnaireSheet questionnaire, Language language, Stream output)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        document.PackageProperties.Title = questionnaire.Title;
        var workbookPart = document.AddWorkbookPart();
        QuestionnaireXlsxStyles.Add(workbookPart);
        var sheets = new Sheets();
        AddSheet(workbookPart, sheets, QuestionnaireLayout.InstructionsSheet(language), QuestionnaireXlsxInstructions.Build(questionnaire, language), SheetStateValues.Visible);
        AddSheet(workbookPart, sheets, QuestionnaireLayout.ItemsSheet(language), QuestionnaireXlsxItems.Build(questionnaire, language), SheetStateValues.Visible);
        AddSheet(workbookPart, sheets, QuestionnaireLayout.IdentitySheet, Identity(questionnaire, language), SheetStateValues.VeryHidden);
        workbookPart.Workbook = new Workbook(
            new WorkbookProtection { LockStructure = true },
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            sheets);
        workbookPart.Workbook.Save();
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, string name, Worksheet worksheet, SheetStateValues state)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = worksheet;
        part.Worksheet.Save();
        var sheet = new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = name };
        if (state != SheetStateValues.Visible)
        {
            sheet.State = state;
        }

        sheets.Append(sheet);
    }

    private static Worksheet Identity(QuestionnaireSheet questionnaire, Language language)
    {
        string[][] rows =
        [
            [QuestionnaireLayout.Identity.Format, QuestionnaireLayout.FormatMarker],
            [QuestionnaireLayout.Identity.Questionnaire, questionnaire.QuestionnaireId.ToString("D")],
            [QuestionnaireLayout.Identity.Round, questionnaire.Round.ToString(CultureInfo.InvariantCulture)],
            [QuestionnaireLayout.Identity.Language, language.Code()],
            [QuestionnaireLayout.Identity.Fingerprint, QuestionnaireFingerprint.Of(questionnaire.Questions)],
        ];
        var data = new SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            data.Append(Row(r + 1, [.. rows[r].Select(v => ((string?)v, 0u))]));
        }

        return new Worksheet(data, Protection());
    }

    /// <summary>Locked cells stay locked; formatting columns and rows stays allowed so long texts can be read.</summary>
    public static SheetProtection Protection() =>
        new() { Sheet = true, Objects = true, Scenarios = true, FormatColumns = false, FormatRows = false };

    public static Row Row(int index, params (string? Text, uint Style)[] cells)
    {
        var row = new Row { RowIndex = (uint)index };
        for (var c = 0; c < cells.Length; c++)
        {
            var cell = new Cell { CellReference = CellText.Column(c) + index.ToString(CultureInfo.InvariantCulture) };
            if (cells[c].Style != 0)
            {
                cell.StyleIndex = cells[c].Style;
            }

            if (!string.IsNullOrEmpty(cells[c].Text))
            {
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(CellText.Clean(cells[c].Text!)) { Space = SpaceProcessingModeValues.Preserve });
            }

            row.Append(cell);
        }

        return row;
    }

    public static Column Width(int column, double width) =>
        new() { Min = (uint)column, Max = (uint)column, Width = width, CustomWidth = true };
}
