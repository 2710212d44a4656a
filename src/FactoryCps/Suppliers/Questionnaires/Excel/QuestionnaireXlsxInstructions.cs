using System.Globalization;
using FactoryCps.Localization;
using FactoryCps.Workbooks;

namespace FactoryCps.Suppliers.Questionnaires.Excel;

/// <summary>The instructions sheet (steps in the wide column B, where Excel wraps them and fits the row height): what the questionnaire is, how to fill it in, what each answer means, the deadline.</summary>
internal static class QuestionnaireXlsxInstructions
{
    public static IReadOnlyList<IReadOnlyList<NoteCell>> Build(QuestionnaireSheet questionnaire, Language language)
    {
        string T(string key, params object?[] args) => ExcelText.Get(key, language, args);
        var items = QuestionnaireLayout.ItemsSheet(language);
        var due = questionnaire.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        NoteCell Label(string key) => new(T(key), WorkbookStyle.Bold);
        NoteCell Step(string text) => new(text, WorkbookStyle.Text);
        NoteCell[] gap = [new(null)];
        List<NoteCell[]> rows =
        [
            [new(T("InstrTitle"), WorkbookStyle.Title)],
            [],
            [Label("InstrQuestionnaire"), new(questionnaire.Title)],
            [Label("InstrSupplier"), new(questionnaire.SupplierName)],
            [Label("InstrSite"), new(questionnaire.SiteName)],
            [Label("InstrRound"), new(questionnaire.Round.ToString(CultureInfo.InvariantCulture))],
            [Label("InstrDue"), new(due)],
            [Label("InstrId"), new(questionnaire.QuestionnaireId.ToString("D"))],
            [],
            [Label("InstrHowTitle")],
            [.. gap, Step(T("InstrStep1", items, T("ColAnswer")))],
            [.. gap, Step(T("InstrStep2", T("ColComment"), QuestionnaireLayout.MaxCommentLength))],
            [.. gap, Step(T("InstrStep3"))],
            [.. gap, Step(T("InstrStep4"))],
            [.. gap, Step(T("InstrStep5", QuestionnaireXlsxReader.MaxUploadBytes / (1024 * 1024), due))],
            [],
            [Label("InstrAnswersTitle")],
            [new(T("ColAnswer"), WorkbookStyle.Heading), new(T("ColMeaning"), WorkbookStyle.Heading)],
        ];
        rows.AddRange(AnswerLabels.All.Select(c => new NoteCell[] { Step(AnswerLabels.Label(c, language)), Step(AnswerLabels.Meaning(c, language)) }));
        return rows;
    }
}
