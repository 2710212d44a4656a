using FactoryCps.Localization;
using FactoryCps.Suppliers.Questionnaires.Excel;
using FactoryCps.Tests.Workbooks;
using FactoryCps.Workbooks;
using static FactoryCps.Tests.Suppliers.Excel.QuestionnaireSamples;

namespace FactoryCps.Tests.Suppliers.Excel;

/// <summary>Every wrongly filled file is refused as a whole, with the problem and place it has.</summary>
public sealed class QuestionnaireImportProblemTests
{
    private static readonly BrokenWorkbookCorpus Corpus = new(WronglyFilledFiles.All, file =>
    {
        var read = Import(file, Catalogue());
        return (read.Answers.Count, read.Problems);
    });

    public static TheoryData<string> Cases => Corpus.Names;

    [Fact]
    public void The_corpus_is_large_and_the_good_file_passes() => Corpus.IsLargeAndItsGoodFilePasses(15, WronglyFilledFiles.Good());

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_wrongly_filled_file_is_refused_with_its_problem(string name) => Corpus.Refuses(name);

    [Fact]
    public void A_problem_says_in_both_languages_where_it_is_and_what_was_expected()
    {
        var result = Import(WronglyFilledFiles.All["invalid answer"].Make(), Catalogue());

        var problem = Assert.Single(result.Problems);
        Assert.Equal("'Items'!D4: 'maybe' is not an answer; expected one of Yes / Partly / No / Not applicable, a code (yes, partly, no, not-applicable) or an empty cell", problem.Render(Language.En));
        Assert.StartsWith("'Items'!D4: 「maybe」は回答として使えません。はい / 一部 / いいえ / 該当なし", problem.Render(Language.Ja), StringComparison.Ordinal);
    }

    [Fact]
    public void Good_answers_beside_a_bad_one_are_not_taken()
    {
        var questionnaire = Catalogue(answers: []);
        var file = WorkbookEditor.Edit(Export(questionnaire, Language.En), e => e.Type("Items", "D2", "Yes").Type("Items", "D3", "No").Type("Items", "D4", "perhaps"));

        var result = Import(file, questionnaire);

        Assert.Empty(result.Answers);
        Assert.Empty(result.Unanswered);
        Assert.Equal("QuestionnaireXlsxInvalidAnswer", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Problems_stop_after_a_hundred()
    {
        var questionnaire = ManyItems(150);
        var file = WorkbookEditor.Edit(Export(questionnaire, Language.En), e =>
        {
            for (var row = 2; row <= 151; row++)
            {
                e.Type("Items", $"D{row}", "?");
            }
        });

        var result = Import(file, questionnaire);

        Assert.Equal(ImportProblems.Max + 1, result.Problems.Count);
        Assert.Equal("QuestionnaireXlsxTooManyErrors", result.Problems[^1].Code);
    }

    [Fact]
    public void A_ja_file_reports_its_japanese_sheet_and_headings()
    {
        var file = WorkbookEditor.Edit(Export(Catalogue(), Language.Ja), e => e.Type("質問項目", "E1", "備考"));

        var problem = Assert.Single(Import(file, Catalogue()).Problems);

        Assert.Equal("'質問項目'!E1", problem.Where);
        Assert.Contains("コメント", problem.Render(Language.Ja), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_import_message_exists_in_both_languages_with_the_same_placeholders()
    {
        var en = ImportMessages("Messages.resx");
        var ja = ImportMessages("Messages.ja.resx");

        Assert.True(en.Count >= 25);
        Assert.Equal(en.Keys.Order(StringComparer.Ordinal), ja.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in en)
        {
            Assert.NotEqual(text, ja[key]);
            Assert.Equal(Placeholders(text), Placeholders(ja[key]));
            Assert.Equal(text, new FactoryCps.Diagnostics.Message(key, "{0}", "{1}", "{2}").Render(Language.En));
        }
    }

    [Fact]
    public void A_seekable_upload_over_the_limit_is_refused_without_being_read()
    {
        var stream = new UnreadableStream(6 * 1024 * 1024);

        var result = QuestionnaireXlsxReader.Read(stream, Catalogue());

        Assert.Equal("QuestionnaireXlsxTooLarge", Assert.Single(result.Problems).Code);
        Assert.Equal(0, stream.Position);
    }

    private static Dictionary<string, string> ImportMessages(string file) =>
        System.Xml.Linq.XDocument.Load(Path.Combine(TestPaths.RepositoryRoot, "src", "FactoryCps", "Resources", file))
            .Root!.Elements("data")
            .Where(d => ((string)d.Attribute("name")!).StartsWith("QuestionnaireXlsx", StringComparison.Ordinal))
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    private static string Placeholders(string text) =>
        string.Join(",", System.Text.RegularExpressions.Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Order(StringComparer.Ordinal));

    /// <summary>Claims a length and fails on any read, to prove the size is checked first.</summary>
    private sealed class UnreadableStream(long length) : MemoryStream
    {
        public override long Length => length;

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("read");
    }
}
