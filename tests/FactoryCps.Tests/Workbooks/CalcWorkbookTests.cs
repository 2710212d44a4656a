using FactoryCps.Localization;
using FactoryCps.Tests.Suppliers.Excel.LibreOffice;
using static FactoryCps.Tests.Workbooks.SampleWorkbooks;

namespace FactoryCps.Tests.Workbooks;

/// <summary>
/// A workbook that is not the questionnaire, filled in and saved by LibreOffice Calc (see
/// docs/questionnaire-excel.md, "Tested with LibreOffice Calc 7.4"): its localised dropdown is the one Calc
/// offers, and what was chosen, typed and pasted comes back; a locked cell cannot be typed into.
/// </summary>
public sealed class CalcWorkbookTests(LibreOfficeCalc calc) : IClassFixture<LibreOfficeCalc>
{
    public static TheoryData<Language> Languages => [Language.Ja, Language.En];

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_self_assessment_filled_in_calc_comes_back(Language language)
    {
        var sheet = SelfAssessment.TableSheet.Get(language);
        var labels = SelfAssessment.Columns[2].Choices.Select(c => c.Label.Get(language)).ToList();

        var (saved, saw) = calc.Fill(
            Export(Assessment(), language),
            CalcEdit.Choose(sheet, "C2", 4),
            CalcEdit.Typed(sheet, "E2", "2025-04-01"),
            CalcEdit.Choose(sheet, "C4", 0),
            CalcEdit.Pasted(sheet, "D5", "=1+1 is not a formula here"));
        var result = Import(saved, Assessment());

        Assert.Equal(labels, saw.Dropdowns["C2"]);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems.Select(p => p.Render(Language.En))));
        Assert.Equal(
            [["comment=2025-04-01", "level=4"], ["comment=Logs kept", "level=2"], ["level=0"], ["not-applicable==1+1 is not a formula here"]],
            result.Rows.Select(r => r.Values.Select(v => $"{v.Key}={v.Value}").Order(StringComparer.Ordinal).ToArray()));
    }
}
