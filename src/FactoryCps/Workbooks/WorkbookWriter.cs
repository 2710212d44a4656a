using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FactoryCps.Localization;

namespace FactoryCps.Workbooks;

/// <summary>
/// Writes a workbook to be filled in with Excel: the notes sheet (if the kind has one), the table sheet (only
/// input cells unlocked) and the very hidden identity sheet that <see cref="WorkbookReader"/> checks, with the
/// structure locked. The protection has no password: it prevents slips, not tampering; the reader checks
/// everything again.
/// </summary>
internal static class WorkbookWriter
{
    public static void Write(WorkbookContent content, Language language, Stream output)
    {
        ArgumentNullException.ThrowIfNull(content);
        var definition = content.Definition;
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        document.PackageProperties.Title = content.Title;
        var workbookPart = document.AddWorkbookPart();
        WorkbookStyles.Add(workbookPart);
        var sheets = new Sheets();
        if (definition.NotesSheet is { } notes)
        {
            AddSheet(workbookPart, sheets, notes.Get(language), Notes(content.Notes?.Invoke(language) ?? []), SheetStateValues.Visible);
        }

        AddSheet(workbookPart, sheets, definition.TableSheet.Get(language), WorkbookTableSheet.Build(content, language), SheetStateValues.Visible);
        AddSheet(workbookPart, sheets, WorkbookLayout.IdentitySheet, Identity(content, language), SheetStateValues.VeryHidden);
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

    private static Worksheet Notes(IReadOnlyList<IReadOnlyList<NoteCell>> rows)
    {
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            data.Append(WorkbookCells.Row(r + 1, [.. rows[r]]));
        }

        return new Worksheet(
            new Columns(WorkbookCells.Width(1, WorkbookLayout.NotesLabelWidth), WorkbookCells.Width(2, WorkbookLayout.NotesTextWidth)),
            data,
            WorkbookCells.Protection());
    }

    private static Worksheet Identity(WorkbookContent content, Language language)
    {
        var definition = content.Definition;
        string[][] rows =
        [
            [WorkbookLayout.FormatKey, definition.Format],
            .. definition.Identity.Select(f => new[] { f.Key, content.Identity[f.Key] }),
            [WorkbookLayout.LanguageKey, language.Code()],
            [WorkbookLayout.FingerprintKey, WorkbookFingerprint.Of(content)],
        ];
        var data = new SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            data.Append(WorkbookCells.Row(r + 1, [.. rows[r].Select(v => new NoteCell(v))]));
        }

        return new Worksheet(data, WorkbookCells.Protection());
    }
}
