using FactoryCps.Localization;
using FactoryCps.Workbooks;

namespace FactoryCps.Suppliers.Questionnaires.Excel;

/// <summary>
/// A hash of the item ids and both languages' texts in order (<see cref="WorkbookFingerprint"/> of the checked
/// question column): a file whose fingerprint differs from the questionnaire's was exported before the questions
/// changed, even if its id and round match.
/// </summary>
internal static class QuestionnaireFingerprint
{
    public static string Of(IEnumerable<QuestionnaireQuestion> questions) =>
        WorkbookFingerprint.Of(questions.Select(q => (q.ItemId, (IEnumerable<LocalizedText>)[q.Text])));
}
