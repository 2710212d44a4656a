using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FactoryCps.Checklists;
using FactoryCps.Checklists.Excel;
using FactoryCps.Localization;
using FactoryCps.Tests.Workbooks;
using static FactoryCps.Tests.Checklists.Excel.AssessmentWorkbookSamples;

namespace FactoryCps.Tests.Checklists.Excel;

/// <summary>A round exported as .xlsx, answered and imported back; a file of another site, round or scope refused.</summary>
public sealed class AssessmentWorkbookTests
{
    public static TheoryData<Language> Languages => [Language.Ja, Language.En];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Answers_typed_in_the_export_come_back(Language language)
    {
        var round = Round();
        var sheet = AssessmentLayout.Definition(BuiltInCatalog.AchievementScale).TableSheet.Get(language);
        var labels = AssessmentLayout.Levels(BuiltInCatalog.AchievementScale).Select(c => c.Label.Get(language)).ToList();

        var file = WorkbookEditor.Edit(Export(round, language), e => e
            .Type(sheet, "F2", labels[4])
            .Type(sheet, "H2", "=年1回 見直し")
            .Type(sheet, "F4", labels[5])
            .Type(sheet, "G4", "無線を使っていない"));
        var result = Import(file, round);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems.Select(p => p.Render(Language.En))));
        Assert.Equal(
            [
                AssessmentAnswer.AtLevel(round.Questions[0].Id, 4, "=年1回 見直し"),
                AssessmentAnswer.AtLevel(round.Questions[1].Id, 2, "VLAN のみ"),
                AssessmentAnswer.NotApplicableBecause(round.Questions[2].Id, "無線を使っていない"),
            ],
            result.Answers);
        Assert.Equal([round.Questions[3].Id], result.Unanswered);
    }

    [Fact]
    public void Levels_are_read_leniently_in_either_language_or_as_their_code()
    {
        var round = Round();
        var file = WorkbookEditor.Edit(Export(round, Language.En), e => e.Type("Questions", "F2", "３ 概ね実施").Type("Questions", "F3", "0").Type("Questions", "F4", "NA").Type("Questions", "G4", "none").Type("Questions", "F5", "not applicable").Type("Questions", "G5", "none"));

        var result = Import(file, round);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems.Select(p => p.Render(Language.En))));
        Assert.Equal([3, 0, null, null], result.Answers.Select(a => a.Level));
        Assert.Equal([false, false, true, true], result.Answers.Select(a => a.NotApplicable));
    }

    [Fact]
    public void The_export_shows_the_scale_in_words_the_zone_by_name_and_the_answers_given()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Export(Round(), Language.Ja)), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        var questions = (WorksheetPart)workbook.GetPartById(sheets.Single(s => s.Name == "設問").Id!);
        var rule = questions.Worksheet.Descendants<DataValidation>().First();
        string Cell(string reference) => questions.Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference).InnerText;

        Assert.Equal(["記入方法", "設問", "FactoryCPS"], sheets.Select(s => s.Name!.Value));
        Assert.Equal("\"0 未実施,1 計画中,2 一部実施,3 概ね実施,4 実施・定着,対象外\"", rule.Formula1!.Text);
        Assert.Equal("F2:F5", rule.SequenceOfReferences!.InnerText);
        Assert.Equal(["（拠点全体）", "（拠点全体）", "ライン1", "自動倉庫"], new[] { "D2", "D3", "D4", "D5" }.Select(Cell));
        Assert.Equal("2 一部実施", Cell("F3"));
        Assert.Equal("VLAN のみ", Cell("H3"));
    }

    [Fact]
    public void A_not_applicable_answer_is_prefilled_with_its_reason()
    {
        var round = Round(answers: [AssessmentAnswer.NotApplicableBecause("q-cm-net-wireless@warehouse", "無線なし", "確認済み")]);

        var result = Import(Export(round, Language.En), round);

        Assert.Equal(round.Answers, result.Answers);
    }

    [Theory]
    [InlineData("yokohama", "7", "all", "WorkbookOtherSubject")]
    [InlineData("kawasaki", "8", "all", "WorkbookOtherSubject")]
    [InlineData("kawasaki", "7", "zones=line1", "WorkbookOtherSubject")]
    public void A_file_of_another_site_round_or_scope_is_refused(string site, string round, string scope, string code)
    {
        var other = Round(site, round, AssessmentScopeText.Parse(scope));

        var result = Import(Export(other, Language.En), Round());

        Assert.Equal([code], result.Problems.Select(p => p.Code));
        Assert.Empty(result.Answers);
    }

    [Fact]
    public void A_file_made_before_the_questions_changed_is_refused()
    {
        var result = Import(Export(Round(questions: 3), Language.En), Round());

        Assert.Equal(["WorkbookContentChanged", "WorkbookMissingKey"], result.Problems.Select(p => p.Code));
        Assert.Equal("'Questions'!A5", result.Problems[1].Where);
    }

    [Fact]
    public void The_identity_says_site_round_and_scope_before_anything_is_checked()
    {
        var scope = new AssessmentScope(["line1"], [], ["network"]);

        var (identity, problems) = AssessmentWorkbook.ReadIdentity(new MemoryStream(Export(Round(scope: scope), Language.Ja)), BuiltInCatalog);

        Assert.Empty(problems);
        Assert.Equal("kawasaki", identity!.Site);
        Assert.Equal("7", identity.Round);
        Assert.Equal(["line1"], identity.Scope.Zones);
        Assert.Equal(["network"], identity.Scope.Groups);
        Assert.Equal("WorkbookNotXlsx", Assert.Single(AssessmentWorkbook.ReadIdentity(new MemoryStream("not a workbook"u8.ToArray()), BuiltInCatalog).Problems).Code);
    }

    [Theory]
    [InlineData("all")]
    [InlineData("zones=a,b")]
    [InlineData("zones=a;steps=2-2;groups=network,device")]
    public void A_scope_is_written_and_read_back_as_one_line(string text)
    {
        Assert.Equal(text, AssessmentScopeText.Write(AssessmentScopeText.Parse(text)!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("zones=")]
    [InlineData("lines=a")]
    [InlineData("zones=a;zones=b")]
    public void A_line_that_is_no_scope_is_refused(string text)
    {
        Assert.Null(AssessmentScopeText.Parse(text));
    }
}
