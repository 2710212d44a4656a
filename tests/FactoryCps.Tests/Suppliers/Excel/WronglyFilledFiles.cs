using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FactoryCps.Localization;
using FactoryCps.Suppliers.Questionnaires.Excel;
using FactoryCps.Tests.Workbooks;
using static FactoryCps.Tests.Suppliers.Excel.QuestionnaireSamples;
using Case = FactoryCps.Tests.Workbooks.BrokenWorkbookCorpus.Case;

namespace FactoryCps.Tests.Suppliers.Excel;

/// <summary>
/// The corpus of wrongly filled files: each made from a good export (or raw bytes), each with the problems it
/// must produce, as (code, where) in order. Expected questionnaire: <see cref="QuestionnaireSamples.Catalogue"/>,
/// round 2, six items in rows 2 to 7.
/// </summary>
internal static class WronglyFilledFiles
{
    private const string Items = "'Items'";

    public static IReadOnlyDictionary<string, Case> All { get; } = new Dictionary<string, Case>
    {
        ["text file renamed .xlsx"] = new(
            () => File.ReadAllBytes(Path.Combine(TestPaths.RepositoryRoot, "tests", "FactoryCps.Tests", "Suppliers", "Excel", "Data", "not-a-workbook.xlsx")),
            ("QuestionnaireXlsxNotXlsx", "")),
        ["truncated download"] = new(() => Good()[..(Good().Length / 2)], ("QuestionnaireXlsxNotXlsx", "")),
        ["encrypted or .xls"] = new(() => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]], ("QuestionnaireXlsxEncrypted", "")),
        ["over 5 MB"] = new(() => new byte[(5 * 1024 * 1024) + 1], ("QuestionnaireXlsxTooLarge", "")),
        ["zip bomb: one part of zeros"] = new(() => ZipFiles.Zip(("xl/worksheets/sheet1.xml", new byte[20 * 1024 * 1024])), ("QuestionnaireXlsxRatio", "")),
        ["zip bomb: many parts within the ratio"] = new(
            () => ZipFiles.Zip([.. Enumerable.Range(1, 6).Select(i => ($"xl/media/image{i}.bin", ZipFiles.Compressible(10 * 1024 * 1024)))]),
            ("QuestionnaireXlsxUnpacksTooLarge", "")),
        ["zip with too many parts"] = new(
            () => ZipFiles.Zip([.. Enumerable.Range(1, 101).Select(i => ($"xl/media/image{i}.bin", new byte[] { 1 }))]),
            ("QuestionnaireXlsxTooManyParts", "")),
        // A header claiming less than the part holds: unpacking stops at the claim, the cut XML is refused.
        ["zip header claiming a smaller size"] = new(
            () => ZipFiles.DeclareSize(ZipFiles.Zip(("xl/workbook.xml", Encoding.UTF8.GetBytes($"<a>{new string('x', 5000)}</a>"))), 100),
            ("QuestionnaireXlsxBadXml", "")),
        ["zip header claiming a larger size"] = new(
            () => ZipFiles.DeclareSize(ZipFiles.Zip(("xl/workbook.xml", Encoding.UTF8.GetBytes($"<a>{new string('x', 5000)}</a>"))), 9000),
            ("QuestionnaireXlsxSizeMismatch", "")),
        ["external entity (XXE)"] = new(
            () => ZipFiles.ReplaceEntry(Good(), ItemsPart(), Encoding.UTF8.GetBytes(
                "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>")),
            ("QuestionnaireXlsxDtd", "")),
        ["malformed sheet XML"] = new(
            () => ZipFiles.ReplaceEntry(Good(), ItemsPart(), Encoding.UTF8.GetBytes("<worksheet><sheetData>")),
            ("QuestionnaireXlsxBadXml", "")),
        ["zip that is not a spreadsheet"] = new(() => ZipFiles.Zip(("hello.txt", "hello"u8.ToArray())), ("QuestionnaireXlsxCorrupt", "")),
        ["identity sheet removed"] = new(
            () => Edit(e =>
            {
                var entry = e.SheetEntry(QuestionnaireLayout.IdentitySheet);
                e.Workbook.DeletePart(entry.Id!);
                entry.Remove();
            }),
            ("QuestionnaireXlsxNoIdentity", "")),
        ["file of another questionnaire"] = new(
            () => Export(Catalogue() with { QuestionnaireId = Guid.Parse("00000000-0000-4000-8000-000000000001") }, Language.En),
            ("QuestionnaireXlsxOtherQuestionnaire", "")),
        ["file of the previous round"] = new(() => Export(Catalogue(round: 1), Language.En), ("QuestionnaireXlsxWrongRound", "")),
        ["identity damaged"] = new(() => Edit(e => e.Type(QuestionnaireLayout.IdentitySheet, "B3", "two")), ("QuestionnaireXlsxBadIdentity", "'FactoryCPS'!B3")),
        ["exported before the questions changed"] = new(
            () => Export(Catalogue() with { Questions = Catalogue().Questions.Take(5).ToList() }, Language.En),
            ("QuestionnaireXlsxQuestionsChanged", ""),
            ("QuestionnaireXlsxMissingItem", $"{Items}!A7")),
        ["items sheet renamed"] = new(
            () => Edit(e => e.SheetEntry("Items").Name = "Answers"),
            ("QuestionnaireXlsxUnexpectedSheet", "'Answers'"),
            ("QuestionnaireXlsxMissingSheet", "")),
        ["sheet added"] = new(
            () => Edit(e =>
            {
                var part = e.Workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(new SheetData());
                e.Workbook.Workbook.Sheets!.Append(new Sheet { Id = e.Workbook.GetIdOfPart(part), SheetId = 9, Name = "Notes" });
            }),
            ("QuestionnaireXlsxUnexpectedSheet", "'Notes'")),
        ["column inserted before the answers"] = new(() => Edit(e => e.Type("Items", "D1", "Evidence")), ("QuestionnaireXlsxHeader", $"{Items}!D1")),
        ["question text changed"] = new(
            () => Edit(e => e.Type("Items", "C4", "Do you patch? (we changed this)").Type("Items", "D4", "Yes")),
            ("QuestionnaireXlsxChangedText", $"{Items}!C4")),
        ["item id changed"] = new(
            () => Edit(e => e.Type("Items", "A3", "SC-999")),
            ("QuestionnaireXlsxUnknownItem", $"{Items}!A3"),
            ("QuestionnaireXlsxMissingItem", $"{Items}!A3")),
        ["row deleted"] = new(() => Edit(e => e.DeleteRow("Items", 5)), ("QuestionnaireXlsxMissingItem", $"{Items}!A5")),
        ["row added without an item id"] = new(() => Edit(e => e.Type("Items", "D8", "Yes").Type("Items", "E8", "extra")), ("QuestionnaireXlsxNoItemId", $"{Items}!A8")),
        ["row duplicated"] = new(() => Edit(e => e.CopyRowToEnd("Items", 3)), ("QuestionnaireXlsxDuplicateItem", $"{Items}!A8")),
        ["invalid answer"] = new(() => Edit(e => e.Type("Items", "D2", "Yes").Type("Items", "D4", "maybe")), ("QuestionnaireXlsxInvalidAnswer", $"{Items}!D4")),
        ["comment too long"] = new(
            () => Edit(e => e.Type("Items", "D5", "No").Type("Items", "E5", new string('x', QuestionnaireLayout.MaxCommentLength + 1))),
            ("QuestionnaireXlsxCommentTooLong", $"{Items}!E5")),
        ["formula in an answer cell"] = new(() => Edit(e => e.Formula("Items", "D2", "IF(TRUE,\"Yes\",\"No\")", "Yes")), ("QuestionnaireXlsxFormula", $"{Items}!D2")),
        ["comment without an answer"] = new(() => Edit(e => e.Type("Items", "E6", "We will check")), ("QuestionnaireXlsxCommentWithoutAnswer", $"{Items}!D6")),
    };

    public static byte[] Good() => Export(Catalogue(), Language.En);

    private static byte[] Edit(Action<WorkbookEditor> change) => WorkbookEditor.Edit(Good(), change);

    private static string ItemsPart() => ZipFiles.SheetEntry(Good(), "Items");
}
