using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FactoryCps.Workbooks;

/// <summary>
/// Imports a filled workbook, all or nothing. In order: the package is checked for size, ZIP bombs and DTDs
/// (<see cref="XlsxPackageGuard"/>); the identity sheet must name the expected subject and revision
/// (<see cref="WorkbookIdentityCheck"/>); the sheets must be the exported ones; then every row of the table is
/// checked (<see cref="WorkbookTableCheck"/>). Only a file without any problem gives values.
/// </summary>
internal static class WorkbookReader
{
    public static WorkbookImportResult Read(Stream input, WorkbookContent expected, XlsxLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(expected);
        limits ??= XlsxLimits.Default;
        var problems = new ImportProblems(expected.Definition.Messages);
        var bytes = XlsxPackageGuard.Check(input, limits, problems);
        if (bytes is null)
        {
            return WorkbookImportResult.Failed(problems.Items);
        }

        try
        {
            var settings = new OpenSettings { AutoSave = false, MaxCharactersInPart = limits.MaxUnpackedBytes };
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false, settings);
            var rows = ReadWorkbook(document, expected, problems);
            return problems.Any || rows is null ? WorkbookImportResult.Failed(problems.Items) : new WorkbookImportResult(rows, []);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or FormatException or InvalidOperationException or IOException)
        {
            problems.Add(null, null, WorkbookProblemKind.Corrupt);
            return WorkbookImportResult.Failed(problems.Items);
        }
    }

    /// <summary>
    /// The identity values (field key to text) a file of <paramref name="definition"/> claims, checked for nothing
    /// but its package and format: for a caller that learns from the file which subject to check it against (the
    /// command line, which has no stored round). <see cref="Read"/> then checks the whole file as usual.
    /// </summary>
    public static (IReadOnlyDictionary<string, string>? Values, IReadOnlyList<WorkbookProblem> Problems) ReadIdentity(Stream input, WorkbookDefinition definition, XlsxLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(definition);
        limits ??= XlsxLimits.Default;
        var problems = new ImportProblems(definition.Messages);
        if (XlsxPackageGuard.Check(input, limits, problems) is not { } bytes)
        {
            return (null, problems.Items);
        }

        try
        {
            var settings = new OpenSettings { AutoSave = false, MaxCharactersInPart = limits.MaxUnpackedBytes };
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false, settings);
            var workbook = document.WorkbookPart;
            var sheet = workbook?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value == WorkbookLayout.IdentitySheet);
            if (workbook is null || sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                problems.Add(null, null, WorkbookProblemKind.NoIdentity, WorkbookLayout.IdentitySheet);
                return (null, problems.Items);
            }

            var cells = SheetCells.Read(part, SheetCells.SharedStrings(workbook));
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var row in cells.Rows)
            {
                values.TryAdd(cells.Get(row, 1).Text.Trim(), cells.Get(row, 2).Text.Trim());
            }

            if (values.GetValueOrDefault(WorkbookLayout.FormatKey) != definition.Format)
            {
                problems.Add(WorkbookLayout.IdentitySheet, null, WorkbookProblemKind.BadIdentity, definition.Format, values.GetValueOrDefault(WorkbookLayout.FormatKey) ?? "");
                return (null, problems.Items);
            }

            return (values, []);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or FormatException or InvalidOperationException or IOException)
        {
            problems.Add(null, null, WorkbookProblemKind.Corrupt);
            return (null, problems.Items);
        }
    }

    private static IReadOnlyList<WorkbookRowValues>? ReadWorkbook(SpreadsheetDocument document, WorkbookContent expected, ImportProblems problems)
    {
        var workbook = document.WorkbookPart;
        if (workbook?.Workbook?.Sheets is null)
        {
            problems.Add(null, null, WorkbookProblemKind.Corrupt);
            return null;
        }

        var sheets = workbook.Workbook.Sheets.Elements<Sheet>().Where(s => s.Name?.Value is not null).ToList();
        var sharedStrings = SheetCells.SharedStrings(workbook);
        SheetCells? Cells(string name) =>
            sheets.FirstOrDefault(s => s.Name!.Value == name) is { Id.Value: { } id } && workbook.GetPartById(id) is WorksheetPart part
                ? SheetCells.Read(part, sharedStrings)
                : null;

        if (Cells(WorkbookLayout.IdentitySheet) is not { } identity)
        {
            problems.Add(null, null, WorkbookProblemKind.NoIdentity, WorkbookLayout.IdentitySheet);
            return null;
        }

        if (WorkbookIdentityCheck.Check(identity, expected, problems) is not { } language)
        {
            return null;
        }

        var table = expected.Definition.TableSheet.Get(language);
        if (!CheckSheetNames([.. sheets.Select(s => s.Name!.Value!)], expected.Definition.SheetNames(language), table, problems)
            || Cells(table) is not { } cells)
        {
            return null;
        }

        return WorkbookTableCheck.Check(cells, expected, language, problems);
    }

    /// <summary>Exactly the exported sheets: a renamed or added sheet may hold values the reader would never see.</summary>
    private static bool CheckSheetNames(List<string> found, IReadOnlyList<string> wanted, string table, ImportProblems problems)
    {
        var list = string.Join(", ", wanted.Where(n => n != WorkbookLayout.IdentitySheet));
        foreach (var name in found.Where(n => !wanted.Contains(n)))
        {
            problems.Add(name, null, WorkbookProblemKind.UnexpectedSheet, name, list);
        }

        foreach (var name in wanted.Where(n => !found.Contains(n)))
        {
            problems.Add(null, null, WorkbookProblemKind.MissingSheet, name, list);
        }

        return found.Contains(table);
    }
}
