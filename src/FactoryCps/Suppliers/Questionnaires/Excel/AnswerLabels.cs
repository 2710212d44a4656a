using FactoryCps.Localization;

namespace FactoryCps.Suppliers.Questionnaires.Excel;

/// <summary>
/// The answers as a supplier sees them in the dropdown and on the instructions sheet; the lenient reading back
/// is the answer column's (<see cref="Workbooks.WorkbookChoice.Find"/>).
/// </summary>
internal static class AnswerLabels
{
    public static IReadOnlyList<AnswerChoice> All { get; } = Enum.GetValues<AnswerChoice>();

    public static string Label(AnswerChoice choice, Language language) => ExcelText.Get("Answer" + choice, language);

    public static string Meaning(AnswerChoice choice, Language language) => ExcelText.Get("Meaning" + choice, language);

    public static IReadOnlyList<string> Labels(Language language) => [.. All.Select(c => Label(c, language))];
}
