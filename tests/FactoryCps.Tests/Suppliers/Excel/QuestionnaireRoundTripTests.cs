using DocumentFormat.OpenXml.Spreadsheet;
using FactoryCps.Localization;
using FactoryCps.Suppliers.Questionnaires;
using FactoryCps.Suppliers.Questionnaires.Excel;
using FactoryCps.Tests.Workbooks;
using static FactoryCps.Tests.Suppliers.Excel.QuestionnaireSamples;

namespace FactoryCps.Tests.Suppliers.Excel;

/// <summary>Export, fill in as a supplier would, import: the answers typed are the answers read.</summary>
public sealed class QuestionnaireRoundTripTests
{
    public static TheoryData<Language> Languages => [Language.Ja, Language.En];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Answers_typed_into_the_export_come_back(Language language)
    {
        var questionnaire = Catalogue();
        var items = QuestionnaireLayout.ItemsSheet(language);
        var choices = new[] { AnswerChoice.Yes, AnswerChoice.No, AnswerChoice.NotApplicable, AnswerChoice.Partly, AnswerChoice.Yes, AnswerChoice.No };
        var filled = WorkbookEditor.Edit(Export(questionnaire, language), e =>
        {
            for (var i = 0; i < choices.Length; i++)
            {
                e.Type(items, $"D{i + 2}", AnswerLabels.Label(choices[i], language));
                e.Type(items, $"E{i + 2}", i % 2 == 0 ? $"コメント {i}\nline two" : "");
            }
        });

        var result = Import(filled, questionnaire);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems.Select(p => p.Render(Language.En))));
        var expected = questionnaire.Questions.Select((q, i) => new SupplierAnswer(q.ItemId, choices[i], i % 2 == 0 ? $"コメント {i}\nline two" : null));
        Assert.Equal(expected, result.Answers);
        Assert.Empty(result.Unanswered);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void An_untouched_export_gives_back_the_existing_answers_and_the_rest_unanswered(Language language)
    {
        var questionnaire = Catalogue();

        var result = Import(Export(questionnaire, language), questionnaire);

        Assert.True(result.Succeeded);
        Assert.Equal(questionnaire.Answers, result.Answers);
        Assert.Equal(questionnaire.Questions.Select(q => q.ItemId).Except(questionnaire.Answers.Select(a => a.ItemId)), result.Unanswered);
    }

    [Theory]
    [InlineData("yes", AnswerChoice.Yes)]
    [InlineData("  YES ", AnswerChoice.Yes)]
    [InlineData("ｙｅｓ", AnswerChoice.Yes)]
    [InlineData("はい", AnswerChoice.Yes)]
    [InlineData("partly", AnswerChoice.Partly)]
    [InlineData("一部", AnswerChoice.Partly)]
    [InlineData("No", AnswerChoice.No)]
    [InlineData("いいえ ", AnswerChoice.No)]
    [InlineData("not-applicable", AnswerChoice.NotApplicable)]
    [InlineData("NOT  APPLICABLE", AnswerChoice.NotApplicable)]
    [InlineData("該当なし", AnswerChoice.NotApplicable)]
    public void Labels_of_both_languages_and_codes_are_answers(string typed, AnswerChoice choice)
    {
        var questionnaire = Catalogue(answers: []);
        var filled = WorkbookEditor.Edit(Export(questionnaire, Language.Ja), e => e.Type("質問項目", "D3", typed));

        var result = Import(filled, questionnaire);

        Assert.Equal([new SupplierAnswer(questionnaire.Questions[1].ItemId, choice, null)], result.Answers);
    }

    [Fact]
    public void Phonetic_guides_of_japanese_excel_are_not_part_of_the_text()
    {
        var questionnaire = Catalogue(answers: []);
        var typed = new SharedStringItem(
            new Run(new Text("一")),
            new Run(new Text("部")),
            new PhoneticRun(new Text("イチブ")) { BaseTextStartIndex = 0, EndingBaseIndex = 2 });
        var filled = WorkbookEditor.Edit(Export(questionnaire, Language.Ja), e => e.TypeItem("質問項目", "D2", typed));

        var result = Import(filled, questionnaire);

        Assert.Equal(AnswerChoice.Partly, Assert.Single(result.Answers).Choice);
    }

    [Fact]
    public void A_number_typed_as_comment_is_kept_as_its_text()
    {
        var questionnaire = Catalogue(answers: []);
        var filled = WorkbookEditor.Edit(Export(questionnaire, Language.En), e => e.Type("Items", "D2", "Yes").Number("Items", "E2", 90));

        Assert.Equal("90", Assert.Single(Import(filled, questionnaire).Answers).Comment);
    }

    [Fact]
    public void A_cleared_answer_is_unanswered()
    {
        var questionnaire = Catalogue();
        var filled = WorkbookEditor.Edit(Export(questionnaire, Language.En), e => e.Type("Items", "D3", "").Type("Items", "E3", " "));

        var result = Import(filled, questionnaire);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Answers);
        Assert.Contains(questionnaire.Answers[0].ItemId, result.Unanswered);
    }

    [Fact]
    public void Rows_in_another_order_are_matched_by_item_id()
    {
        var questionnaire = Catalogue(answers: []);
        var filled = WorkbookEditor.Edit(Export(questionnaire, Language.En), e =>
            e.Type("Items", "D2", "No").CopyRowToEnd("Items", 2).DeleteRow("Items", 2));

        var result = Import(filled, questionnaire);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems.Select(p => p.Render(Language.En))));
        Assert.Equal([new SupplierAnswer(questionnaire.Questions[0].ItemId, AnswerChoice.No, null)], result.Answers);
    }

    [Fact]
    public void Five_hundred_items_round_trip()
    {
        var questionnaire = ManyItems(500);
        var filled = WorkbookEditor.Edit(Export(questionnaire, Language.Ja), e =>
        {
            for (var row = 2; row <= 501; row++)
            {
                e.Type("質問項目", $"D{row}", row % 3 == 0 ? "いいえ" : "はい").Type("質問項目", $"E{row}", new string('説', 1500));
            }
        });

        var result = Import(filled, questionnaire);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems.Take(5).Select(p => p.Render(Language.En))));
        Assert.Equal(500, result.Answers.Count);
        Assert.Equal(167, result.Answers.Count(a => a.Choice == AnswerChoice.No));
    }
}
