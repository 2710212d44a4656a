using FactoryCps.Checklists;
using FactoryCps.Checklists.Excel;
using FactoryCps.Localization;
using FactoryCps.Tests.Suppliers.Excel.LibreOffice;
using static FactoryCps.Tests.Checklists.Excel.AssessmentWorkbookSamples;

namespace FactoryCps.Tests.Checklists.Excel;

/// <summary>
/// A round exported, answered and saved by real LibreOffice Calc (the fixture of docs/questionnaire-excel.md): Calc
/// offers the scale's words as the level dropdown in the file's language, and what was chosen, typed and pasted
/// comes back; a mistake made in Calc is refused at its cell as in the corpus.
/// </summary>
public sealed class AssessmentCalcTests(LibreOfficeCalc calc) : IClassFixture<LibreOfficeCalc>
{
    public static TheoryData<Language> Languages => [Language.Ja, Language.En];

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_round_answered_in_calc_comes_back(Language language)
    {
        var round = Round();
        var sheet = AssessmentLayout.Definition(BuiltInCatalog.AchievementScale).TableSheet.Get(language);
        var labels = AssessmentLayout.Levels(BuiltInCatalog.AchievementScale).Select(c => c.Label.Get(language)).ToList();

        var (saved, saw) = calc.Fill(
            Export(round, language),
            CalcEdit.Choose(sheet, "F2", 3),
            CalcEdit.Typed(sheet, "H2", "2026-04-01"),
            CalcEdit.Choose(sheet, "F4", 5),
            CalcEdit.Pasted(sheet, "G4", "=no wireless on line 1"),
            CalcEdit.Choose(sheet, "F5", 0));
        var result = Import(saved, round);

        Assert.Equal(labels, saw.Dropdowns["F2"]);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems.Select(p => p.Render(Language.En))));
        Assert.Equal(
            [
                AssessmentAnswer.AtLevel(round.Questions[0].Id, 3, "2026-04-01"),
                AssessmentAnswer.AtLevel(round.Questions[1].Id, 2, "VLAN のみ"),
                AssessmentAnswer.NotApplicableBecause(round.Questions[2].Id, "=no wireless on line 1"),
                AssessmentAnswer.AtLevel(round.Questions[3].Id, 0),
            ],
            result.Answers);
    }

    [Fact]
    public void Not_applicable_chosen_in_calc_without_a_reason_is_refused_at_the_reason_cell()
    {
        var corpus = BrokenAssessmentWorkbooks.All["not applicable without a reason"];

        var (saved, _) = calc.Fill(BrokenAssessmentWorkbooks.Good(), CalcEdit.Choose("Questions", "F5", 5));
        var result = Import(saved, Round());

        Assert.Empty(result.Answers);
        Assert.Equal(corpus.Problems, result.Problems.Select(p => (p.Code, p.Where)));
    }

    [Fact]
    public void The_identity_survives_calc_and_is_still_checked()
    {
        var (saved, _) = calc.Fill(Export(Round(), Language.Ja));

        Assert.True(Import(saved, Round()).Succeeded);
        Assert.Equal(["WorkbookOtherSubject"], Import(saved, Round(round: "8")).Problems.Select(p => p.Code));
        Assert.Equal("7", AssessmentWorkbook.ReadIdentity(new MemoryStream(saved), BuiltInCatalog).Identity!.Round);
    }
}
