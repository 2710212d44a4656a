using FactoryCps.Localization;
using FactoryCps.Tests.Workbooks;
using static FactoryCps.Tests.Checklists.Excel.AssessmentWorkbookSamples;

namespace FactoryCps.Tests.Checklists.Excel;

/// <summary>Every wrongly filled self-assessment workbook is refused as a whole, with its problem and its sheet:cell.</summary>
public sealed class AssessmentImportProblemTests
{
    private static readonly BrokenWorkbookCorpus Corpus = new(BrokenAssessmentWorkbooks.All, file =>
    {
        var read = Import(file, Round());
        return (read.Answers.Count, read.Problems);
    });

    public static TheoryData<string> Cases => Corpus.Names;

    [Fact]
    public void The_corpus_is_large_and_the_good_file_passes() => Corpus.IsLargeAndItsGoodFilePasses(25, BrokenAssessmentWorkbooks.Good());

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_wrongly_filled_file_is_refused_with_its_problem(string name) => Corpus.Refuses(name);

    [Fact]
    public void A_problem_says_in_both_languages_where_it_is_and_what_was_expected()
    {
        var problem = Assert.Single(Import(BrokenAssessmentWorkbooks.All["not applicable without a reason"].Make(), Round()).Problems);

        Assert.Equal("'Questions'!G5: row 'q-cm-net-wireless@warehouse': 'Not applicable' is chosen, so 'Why not applicable' must be filled in", problem.Render(Language.En));
        Assert.Equal("'Questions'!G5: 行「q-cm-net-wireless@warehouse」: 「対象外」を選んだときは「対象外の理由」の記入が必要です", problem.Render(Language.Ja));
    }

    [Fact]
    public void An_off_scale_level_names_the_levels_in_words()
    {
        var problem = Assert.Single(Import(BrokenAssessmentWorkbooks.All["level off the scale"].Make(), Round()).Problems);

        Assert.Contains("0 Not done / 1 Planned / 2 Partly done / 3 Largely done / 4 Done and maintained / Not applicable", problem.Render(Language.En), StringComparison.Ordinal);
        Assert.Contains("0 未実施 / 1 計画中", problem.Render(Language.Ja), StringComparison.Ordinal);
    }
}
