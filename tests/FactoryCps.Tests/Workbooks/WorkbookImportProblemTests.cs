using System.Text;
using FactoryCps.Localization;
using static FactoryCps.Tests.Workbooks.SampleWorkbooks;

namespace FactoryCps.Tests.Workbooks;

/// <summary>
/// A wrongly filled or tampered non-questionnaire workbook is refused as a whole, each problem with the generic
/// code (Workbook…), its place and, in both languages, what was expected.
/// </summary>
public sealed class WorkbookImportProblemTests
{
    private const string Sheet = "'Self-assessment'";

    public static TheoryData<string> Cases => [.. Wrong.Keys];

    /// <summary>Each made from a good English self-assessment export (or raw bytes), checked against <see cref="SampleWorkbooks.Assessment"/>.</summary>
    private static readonly Dictionary<string, (Func<byte[]> Make, (string Code, string Where)[] Problems)> Wrong = new()
    {
        ["file of another site"] = (() => Export(Assessment(site: "nagoya"), Language.En), [("WorkbookOtherSubject", "")]),
        ["file of the previous round"] = (() => Export(Assessment(round: 2), Language.En), [("WorkbookStaleRevision", "")]),
        ["questionnaire workbook"] = (() => Suppliers.Excel.QuestionnaireSamples.Export(Suppliers.Excel.QuestionnaireSamples.Catalogue(), Language.En), [("WorkbookBadIdentity", "'FactoryCPS'!B1")]),
        ["identity damaged"] = (() => Edit(e => e.Type("FactoryCPS", "B3", "three")), [("WorkbookBadIdentity", "'FactoryCPS'!B3")]),
        ["identity sheet removed"] = (() => Edit(e =>
        {
            var entry = e.SheetEntry("FactoryCPS");
            e.Workbook.DeletePart(entry.Id!);
            entry.Remove();
        }), [("WorkbookNoIdentity", "")]),
        ["exported before a check item changed"] = (() => Export(Assessment(question3: "Are backups done?"), Language.En), [("WorkbookContentChanged", ""), ("WorkbookChangedText", $"{Sheet}!B4")]),
        ["locked check item edited"] = (() => Edit(e => e.Type("Self-assessment", "B3", "Are logs kept?")), [("WorkbookChangedText", $"{Sheet}!B3")]),
        ["unknown value in the level dropdown"] = (() => Edit(e => e.Type("Self-assessment", "C2", "Level 5")), [("WorkbookInvalidChoice", $"{Sheet}!C2")]),
        ["oversize comment"] = (() => Edit(e => e.Type("Self-assessment", "C3", "1").Type("Self-assessment", "E3", new string('x', 1001))), [("WorkbookTextTooLong", $"{Sheet}!E3")]),
        ["comment without a level"] = (() => Edit(e => e.Type("Self-assessment", "C3", "").Type("Self-assessment", "E3", "Later")), [("WorkbookTextWithoutChoice", $"{Sheet}!C3")]),
        ["formula typed as a level"] = (() => Edit(e => e.Formula("Self-assessment", "C2", "\"Level \"&2", "Level 2")), [("WorkbookFormula", $"{Sheet}!C2")]),
        ["item id changed"] = (() => Edit(e => e.Type("Self-assessment", "A2", "SA-9")), [("WorkbookUnknownKey", $"{Sheet}!A2"), ("WorkbookMissingKey", $"{Sheet}!A2")]),
        ["row added"] = (() => Edit(e => e.Type("Self-assessment", "C6", "Level 1")), [("WorkbookNoKey", $"{Sheet}!A6")]),
        ["row duplicated"] = (() => Edit(e => e.CopyRowToEnd("Self-assessment", 2)), [("WorkbookDuplicateKey", $"{Sheet}!A6")]),
        ["row deleted"] = (() => Edit(e => e.DeleteRow("Self-assessment", 3)), [("WorkbookMissingKey", $"{Sheet}!A3")]),
        ["heading renamed"] = (() => Edit(e => e.Type("Self-assessment", "D1", "Reason")), [("WorkbookHeader", $"{Sheet}!D1")]),
        ["notes sheet renamed"] = (() => Edit(e => e.SheetEntry("About").Name = "Notes"), [("WorkbookUnexpectedSheet", "'Notes'"), ("WorkbookMissingSheet", "")]),
        ["tampered package: DTD in the table"] = (() => ZipFiles.ReplaceEntry(Good(), ZipFiles.SheetEntry(Good(), "Self-assessment"), Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x \"x\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>")),
            [("WorkbookDtd", "")]),
        ["tampered package: zip bomb"] = (() => ZipFiles.Zip(("xl/worksheets/sheet1.xml", new byte[20 * 1024 * 1024])), [("WorkbookRatio", "")]),
        ["tampered package: truncated"] = (() => Good()[..(Good().Length / 2)], [("WorkbookNotXlsx", "")]),
        ["tampered package: too many parts"] = (() => ZipFiles.Zip([.. Enumerable.Range(1, 101).Select(i => ($"xl/media/image{i}.bin", new byte[] { 1 }))]), [("WorkbookTooManyParts", "")]),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_wrong_file_is_refused_as_a_whole_with_its_problems(string name)
    {
        var (make, problems) = Wrong[name];

        var result = Import(make(), Assessment());

        Assert.False(result.Succeeded);
        Assert.Empty(result.Rows);
        Assert.Equal(problems, result.Problems.Select(p => (p.Code, p.Where)));
        Assert.All(result.Problems, p => Assert.NotEqual(p.Render(Language.Ja), p.Render(Language.En)));
    }

    [Fact]
    public void The_messages_say_what_was_expected_in_the_definitions_words()
    {
        Assert.Equal(
            "the file was exported at round 2, but the current round is 3; download the current file",
            Assert.Single(Import(Export(Assessment(round: 2), Language.En), Assessment()).Problems).Render(Language.En));
        Assert.Equal(
            "'Self-assessment'!C2: 'Level 5' is not one of the choices; expected one of Level 0 / Level 1 / Level 2 / Level 3 / Level 4, a code (0, 1, 2, 3, 4) or an empty cell",
            Assert.Single(Import(Wrong["unknown value in the level dropdown"].Make(), Assessment()).Problems).Render(Language.En));
        Assert.Equal(
            "'Self-assessment'!C3: 行「SA-2」に、「レベル」列の値が必要な記入があります。値を選ぶか、記入を消してください",
            Assert.Single(Import(Wrong["comment without a level"].Make(), Assessment()).Problems).Render(Language.Ja));
        Assert.Equal(
            "the file was exported for object 00000000-0000-4000-8000-000000000001, not for object " + ObjectId.ToString("D"),
            Assert.Single(Import(Export(Split(objectId: Guid.Parse("00000000-0000-4000-8000-000000000001")), Language.En), Split()).Problems).Render(Language.En));
    }

    [Fact]
    public void Good_values_beside_a_bad_one_are_not_taken()
    {
        var file = Edit(e => e.Type("Self-assessment", "C2", "Level 1").Type("Self-assessment", "C3", "Level 2").Type("Self-assessment", "C4", "high"));

        var result = Import(file, Assessment());

        Assert.Empty(result.Rows);
        Assert.Equal("WorkbookInvalidChoice", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void An_unknown_value_in_the_responsibility_column_is_refused_at_its_cell()
    {
        var file = WorkbookEditor.Edit(Export(Split(), Language.Ja), e => e.Type("分担", "C3", "外注"));

        var problem = Assert.Single(Import(file, Split()).Problems);

        Assert.Equal(("WorkbookInvalidChoice", "'分担'!C3"), (problem.Code, problem.Where));
        Assert.Contains("工場 / サプライヤー / 共同", problem.Render(Language.Ja), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_the_same_kind_for_another_object_or_revision_is_foreign_or_stale()
    {
        Assert.Equal(["WorkbookStaleRevision"], Import(Export(Split(revision: 6), Language.En), Split()).Problems.Select(p => p.Code));
        Assert.Equal(["WorkbookOtherSubject"], Import(Export(Split(objectId: Guid.NewGuid()), Language.En), Split()).Problems.Select(p => p.Code));
        Assert.Equal(["WorkbookBadIdentity"], Import(Export(Assessment(), Language.En), Split()).Problems.Select(p => p.Code));
    }

    private static byte[] Good() => Export(Assessment(), Language.En);

    private static byte[] Edit(Action<WorkbookEditor> change) => WorkbookEditor.Edit(Good(), change);
}
