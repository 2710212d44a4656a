using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FactoryCps.Localization;

namespace FactoryCps.Suppliers.Excel;

/// <summary>
/// Imports a filled questionnaire workbook, all or nothing. In order: the package is checked for size, ZIP
/// bombs and DTDs (<see cref="XlsxPackageGuard"/>); the identity sheet must name the expected questionnaire and
/// round; the sheets must be the exported ones; then every row is checked. Only a file without any problem
/// gives answers.
/// </summary>
internal static class QuestionnaireXlsxReader
{
    public static long MaxUploadBytes => XlsxLimits.Default.MaxUploadBytes;

    public static QuestionnaireImportResult Read(Stream input, QuestionnaireSheet expected, XlsxLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(expected);
        limits ??= XlsxLimits.Default;
        var problems = new ImportProblems();
        var bytes = XlsxPackageGuard.Check(input, limits, problems);
        if (bytes is null)
        {
            return QuestionnaireImportResult.Failed(problems.Items);
        }

        try
        {
            var settings = new OpenSettings { AutoSave = false, MaxCharactersInPart = limits.MaxUnpackedBytes };
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false, settings);
            var result = ReadWorkbook(document, expected, problems);
            return problems.Any ? QuestionnaireImportResult.Failed(problems.Items) : result!;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or FormatException or InvalidOperationException or IOException)
        {
            problems.Add(null, null, "QuestionnaireXlsxCorrupt");
            return QuestionnaireImportResult.Failed(problems.Items);
        }
    }

    private static QuestionnaireImportResult? ReadWorkbook(SpreadsheetDocument document, QuestionnaireSheet expected, ImportProblems problems)
    {
        var workbook = document.WorkbookPart;
        if (workbook?.Workbook?.Sheets is null)
        {
            problems.Add(null, null, "QuestionnaireXlsxCorrupt");
            return null;
        }

        var sheets = workbook.Workbook.Sheets.Elements<Sheet>().Where(s => s.Name?.Value is not null).ToList();
        var sharedStrings = SheetCells.SharedStrings(workbook);
        SheetCells? Cells(string name) =>
            sheets.FirstOrDefault(s => s.Name!.Value == name) is { Id.Value: { } id } && workbook.GetPartById(id) is WorksheetPart part
                ? SheetCells.Read(part, sharedStrings)
                : null;

        if (Cells(QuestionnaireLayout.IdentitySheet) is not { } identity)
        {
            problems.Add(null, null, "QuestionnaireXlsxNoIdentity", QuestionnaireLayout.IdentitySheet);
            return null;
        }

        if (QuestionnaireXlsxIdentity.Check(identity, expected, problems) is not { } language)
        {
            return null;
        }

        if (!CheckSheetNames(sheets.Select(s => s.Name!.Value!).ToList(), language, problems)
            || Cells(QuestionnaireLayout.ItemsSheet(language)) is not { } items)
        {
            return null;
        }

        var (answers, unanswered) = QuestionnaireXlsxItemsCheck.Check(items, expected, language, problems);
        return new QuestionnaireImportResult(answers, unanswered, []);
    }

    /// <summary>Exactly the exported sheets: a renamed or added sheet may hold answers the reader would never see.</summary>
    private static bool CheckSheetNames(List<string> found, Language language, ImportProblems problems)
    {
        var wanted = QuestionnaireLayout.SheetNames(language);
        var list = string.Join(", ", wanted.Take(2));
        foreach (var name in found.Where(n => !wanted.Contains(n)))
        {
            problems.Add(name, null, "QuestionnaireXlsxUnexpectedSheet", name, list);
        }

        foreach (var name in wanted.Where(n => !found.Contains(n)))
        {
            problems.Add(null, null, "QuestionnaireXlsxMissingSheet", name, list);
        }

        return found.Contains(QuestionnaireLayout.ItemsSheet(language));
    }
}
