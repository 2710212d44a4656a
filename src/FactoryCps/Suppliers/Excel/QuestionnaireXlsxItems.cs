using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using FactoryCps.Localization;

namespace FactoryCps.Suppliers.Excel;

/// <summary>The items sheet: one row per question, the answer from a dropdown of localised labels, a free comment.</summary>
internal static class QuestionnaireXlsxItems
{
    public static Worksheet Build(QuestionnaireSheet questionnaire, Language language)
    {
        var answers = questionnaire.Answers.GroupBy(a => a.ItemId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var data = new SheetData(QuestionnaireXlsxWriter.Row(1, [.. QuestionnaireLayout.Headings(language).Select(h => ((string?)h, QuestionnaireXlsxStyles.Heading))]));
        var row = QuestionnaireLayout.FirstItemRow;
        foreach (var question in questionnaire.Questions)
        {
            var answer = answers.GetValueOrDefault(question.ItemId);
            data.Append(QuestionnaireXlsxWriter.Row(
                row++,
                (question.ItemId, QuestionnaireXlsxStyles.Text),
                (Basis(question, language), QuestionnaireXlsxStyles.Text),
                (question.Text.Get(language), QuestionnaireXlsxStyles.Text),
                (answer is null ? null : AnswerLabels.Label(answer.Choice, language), QuestionnaireXlsxStyles.Input),
                (answer?.Comment, QuestionnaireXlsxStyles.Input)));
        }

        var last = Math.Max(QuestionnaireLayout.FirstItemRow, row - 1);
        return new Worksheet(
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "D2", SequenceOfReferences = new ListValue<StringValue>([new StringValue("D2")]) })
            { WorkbookViewId = 0 }),
            new Columns(
                QuestionnaireXlsxWriter.Width(1, 16),
                QuestionnaireXlsxWriter.Width(2, 26),
                QuestionnaireXlsxWriter.Width(3, 70),
                QuestionnaireXlsxWriter.Width(4, 16),
                QuestionnaireXlsxWriter.Width(5, 50)),
            data,
            QuestionnaireXlsxWriter.Protection(),
            Validations(language, last));
    }

    public static string Basis(QuestionnaireQuestion question, Language language)
    {
        var basis = ExcelText.Get("Basis" + question.Basis, language);
        return question.BasisRef is null ? basis : ExcelText.Get("BasisWithRef", language, basis, question.BasisRef);
    }

    /// <summary>
    /// Excel keeps a list typed into the rule (not a range) to 255 characters; the four labels fit in either
    /// language. The rules guide the supplier; the reader does not rely on them (a paste bypasses them).
    /// </summary>
    private static DataValidations Validations(Language language, int lastRow)
    {
        var labels = string.Join(",", AnswerLabels.Labels(language));
        var answers = new DataValidation(new Formula1($"\"{labels}\""))
        {
            Type = DataValidationValues.List,
            AllowBlank = true,
            ShowErrorMessage = true,
            ShowInputMessage = true,
            ErrorTitle = ExcelText.Get("ValidationAnswerTitle", language),
            Error = ExcelText.Get("ValidationAnswer", language, string.Join(" / ", AnswerLabels.Labels(language))),
            PromptTitle = ExcelText.Get("ValidationAnswerTitle", language),
            Prompt = ExcelText.Get("ValidationAnswer", language, string.Join(" / ", AnswerLabels.Labels(language))),
            SequenceOfReferences = new ListValue<StringValue>([new StringValue($"{QuestionnaireLayout.AnswerColumn}{QuestionnaireLayout.FirstItemRow}:{QuestionnaireLayout.AnswerColumn}{lastRow}")]),
        };
        var comments = new DataValidation(new Formula1(QuestionnaireLayout.MaxCommentLength.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            Type = DataValidationValues.TextLength,
            Operator = DataValidationOperatorValues.LessThanOrEqual,
            AllowBlank = true,
            ShowErrorMessage = true,
            ErrorTitle = ExcelText.Get("ValidationCommentTitle", language),
            Error = ExcelText.Get("ValidationComment", language, QuestionnaireLayout.MaxCommentLength),
            SequenceOfReferences = new ListValue<StringValue>([new StringValue($"{QuestionnaireLayout.CommentColumn}{QuestionnaireLayout.FirstItemRow}:{QuestionnaireLayout.CommentColumn}{lastRow}")]),
        };
        return new DataValidations(answers, comments) { Count = 2 };
    }
}
