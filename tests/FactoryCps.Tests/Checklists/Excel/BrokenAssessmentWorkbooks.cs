using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FactoryCps.Checklists;
using FactoryCps.Localization;
using FactoryCps.Tests.Workbooks;
using static FactoryCps.Tests.Checklists.Excel.AssessmentWorkbookSamples;
using Case = FactoryCps.Tests.Workbooks.BrokenWorkbookCorpus.Case;

namespace FactoryCps.Tests.Checklists.Excel;

/// <summary>
/// The corpus of wrongly filled self-assessment workbooks: each made from a good English export of
/// <see cref="AssessmentWorkbookSamples.Round"/> (or raw bytes), each with the problems it must produce, as (code,
/// where) in order. Questions in rows 2 to 5; F level, G reason for not applicable, H comment.
/// </summary>
internal static class BrokenAssessmentWorkbooks
{
    private const string Questions = "'Questions'";

    public static IReadOnlyDictionary<string, Case> All { get; } = new Dictionary<string, Case>
    {
        ["text file renamed .xlsx"] = new(() => "kind: assessment\n"u8.ToArray(), ("WorkbookNotXlsx", "")),
        ["truncated download"] = new(() => Good()[..(Good().Length / 2)], ("WorkbookNotXlsx", "")),
        ["encrypted or .xls"] = new(() => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]], ("WorkbookEncrypted", "")),
        ["over 5 MB"] = new(() => new byte[(5 * 1024 * 1024) + 1], ("WorkbookTooLarge", "")),
        ["zip bomb"] = new(() => ZipFiles.Zip(("xl/worksheets/sheet1.xml", new byte[20 * 1024 * 1024])), ("WorkbookRatio", "")),
        ["external entity (XXE)"] = new(
            () => ZipFiles.ReplaceEntry(Good(), ZipFiles.SheetEntry(Good(), "Questions"), Encoding.UTF8.GetBytes(
                "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>")),
            ("WorkbookDtd", "")),
        ["the questionnaire's workbook"] = new(
            () => Edit(e => e.Type("FactoryCPS", "B1", "factorycps-questionnaire-xlsx/1")),
            ("WorkbookBadIdentity", "'FactoryCPS'!B1")),
        ["identity sheet removed"] = new(
            () => Edit(e =>
            {
                var entry = e.SheetEntry("FactoryCPS");
                e.Workbook.DeletePart(entry.Id!);
                entry.Remove();
            }),
            ("WorkbookNoIdentity", "")),
        ["file of another site"] = new(() => Export(Round(site: "yokohama"), Language.En), ("WorkbookOtherSubject", "")),
        ["file of another round"] = new(() => Export(Round(round: "6"), Language.En), ("WorkbookOtherSubject", "")),
        ["file of another scope"] = new(() => Export(Round(scope: new AssessmentScope(["line1"], [], [])), Language.En), ("WorkbookOtherSubject", "")),
        ["scope damaged"] = new(() => Edit(e => e.Type("FactoryCPS", "B4", "zones")), ("WorkbookBadIdentity", "'FactoryCPS'!B4")),
        ["exported before the questions changed"] = new(
            () => Export(Round(questions: 3), Language.En),
            ("WorkbookContentChanged", ""),
            ("WorkbookMissingKey", $"{Questions}!A5")),
        ["questions sheet renamed"] = new(
            () => Edit(e => e.SheetEntry("Questions").Name = "Answers"),
            ("WorkbookUnexpectedSheet", "'Answers'"),
            ("WorkbookMissingSheet", "")),
        ["sheet added"] = new(
            () => Edit(e =>
            {
                var part = e.Workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(new SheetData());
                e.Workbook.Workbook.Sheets!.Append(new Sheet { Id = e.Workbook.GetIdOfPart(part), SheetId = 9, Name = "Evidence" });
            }),
            ("WorkbookUnexpectedSheet", "'Evidence'")),
        ["column inserted before the level"] = new(() => Edit(e => e.Type("Questions", "F1", "Owner")), ("WorkbookHeader", $"{Questions}!F1")),
        ["question text changed"] = new(
            () => Edit(e => e.Type("Questions", "E3", "Is the network segmented? (we changed this)").Type("Questions", "F3", "4")),
            ("WorkbookChangedText", $"{Questions}!E3")),
        ["question id changed"] = new(
            () => Edit(e => e.Type("Questions", "A4", "q-cm-net-wireless@line9")),
            ("WorkbookUnknownKey", $"{Questions}!A4"),
            ("WorkbookMissingKey", $"{Questions}!A4")),
        ["row deleted"] = new(() => Edit(e => e.DeleteRow("Questions", 5)), ("WorkbookMissingKey", $"{Questions}!A5")),
        ["row added without a question id"] = new(() => Edit(e => e.Type("Questions", "F6", "3")), ("WorkbookNoKey", $"{Questions}!A6")),
        ["row duplicated"] = new(() => Edit(e => e.CopyRowToEnd("Questions", 3)), ("WorkbookDuplicateKey", $"{Questions}!A6")),
        ["level off the scale"] = new(() => Edit(e => e.Type("Questions", "F2", "4").Type("Questions", "F4", "5 Perfect")), ("WorkbookInvalidChoice", $"{Questions}!F4")),
        ["level as a number Excel stored"] = new(() => Edit(e => e.Number("Questions", "F2", 7)), ("WorkbookInvalidChoice", $"{Questions}!F2")),
        ["not applicable without a reason"] = new(() => Edit(e => e.Type("Questions", "F5", "Not applicable")), ("WorkbookTextRequired", $"{Questions}!G5")),
        ["a reason beside a level"] = new(() => Edit(e => e.Type("Questions", "F5", "2").Type("Questions", "G5", "no wireless")), ("WorkbookTextNotForChoice", $"{Questions}!G5")),
        ["a reason without a level"] = new(() => Edit(e => e.Type("Questions", "G5", "no wireless")), ("WorkbookTextWithoutChoice", $"{Questions}!F5")),
        ["a comment without a level"] = new(() => Edit(e => e.Type("Questions", "H2", "later")), ("WorkbookTextWithoutChoice", $"{Questions}!F2")),
        ["comment too long"] = new(
            () => Edit(e => e.Type("Questions", "F2", "1").Type("Questions", "H2", new string('x', AssessmentAnswer.MaxText + 1))),
            ("WorkbookTextTooLong", $"{Questions}!H2")),
        ["formula in a level cell"] = new(() => Edit(e => e.Formula("Questions", "F2", "IF(TRUE,\"4\",\"0\")", "4")), ("WorkbookFormula", $"{Questions}!F2")),
    };

    public static byte[] Good() => Export(Round(), Language.En);

    private static byte[] Edit(Action<WorkbookEditor> change) => WorkbookEditor.Edit(Good(), change);
}
