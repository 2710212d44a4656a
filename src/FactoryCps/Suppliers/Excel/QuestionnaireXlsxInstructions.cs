using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using FactoryCps.Localization;

namespace FactoryCps.Suppliers.Excel;

/// <summary>The instructions sheet (steps in the wide column B, where Excel wraps them and fits the row height): what the questionnaire is, how to fill it in, what each answer means, the deadline.</summary>
internal static class QuestionnaireXlsxInstructions
{
    public static Worksheet Build(QuestionnaireSheet questionnaire, Language language)
    {
        string T(string key, params object?[] args) => ExcelText.Get(key, language, args);
        var items = QuestionnaireLayout.ItemsSheet(language);
        var due = questionnaire.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        List<(string?, uint)[]> rows =
        [
            [(T("InstrTitle"), QuestionnaireXlsxStyles.Title)],
            [],
            [(T("InstrQuestionnaire"), QuestionnaireXlsxStyles.Bold), (questionnaire.Title, 0)],
            [(T("InstrSupplier"), QuestionnaireXlsxStyles.Bold), (questionnaire.SupplierName, 0)],
            [(T("InstrSite"), QuestionnaireXlsxStyles.Bold), (questionnaire.SiteName, 0)],
            [(T("InstrRound"), QuestionnaireXlsxStyles.Bold), (questionnaire.Round.ToString(CultureInfo.InvariantCulture), 0)],
            [(T("InstrDue"), QuestionnaireXlsxStyles.Bold), (due, 0)],
            [(T("InstrId"), QuestionnaireXlsxStyles.Bold), (questionnaire.QuestionnaireId.ToString("D"), 0)],
            [],
            [(T("InstrHowTitle"), QuestionnaireXlsxStyles.Bold)],
        ];
        rows.Add([(null, 0), (T("InstrStep1", items, T("ColAnswer")), QuestionnaireXlsxStyles.Text)]);
        rows.Add([(null, 0), (T("InstrStep2", T("ColComment"), QuestionnaireLayout.MaxCommentLength), QuestionnaireXlsxStyles.Text)]);
        rows.Add([(null, 0), (T("InstrStep3"), QuestionnaireXlsxStyles.Text)]);
        rows.Add([(null, 0), (T("InstrStep4"), QuestionnaireXlsxStyles.Text)]);
        rows.Add([(null, 0), (T("InstrStep5", QuestionnaireXlsxReader.MaxUploadBytes / (1024 * 1024), due), QuestionnaireXlsxStyles.Text)]);
        rows.Add([]);
        rows.Add([(T("InstrAnswersTitle"), QuestionnaireXlsxStyles.Bold)]);
        rows.Add([(T("ColAnswer"), QuestionnaireXlsxStyles.Heading), (T("ColMeaning"), QuestionnaireXlsxStyles.Heading)]);
        rows.AddRange(AnswerLabels.All.Select(c => new[]
        {
            ((string?)AnswerLabels.Label(c, language), QuestionnaireXlsxStyles.Text),
            (AnswerLabels.Meaning(c, language), QuestionnaireXlsxStyles.Text),
        }));

        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            data.Append(QuestionnaireXlsxWriter.Row(r + 1, rows[r]));
        }

        return new Worksheet(
            new Columns(QuestionnaireXlsxWriter.Width(1, 22), QuestionnaireXlsxWriter.Width(2, 100)),
            data,
            QuestionnaireXlsxWriter.Protection());
    }
}
