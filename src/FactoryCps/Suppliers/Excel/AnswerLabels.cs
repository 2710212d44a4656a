using System.Globalization;
using System.Text;
using FactoryCps.Localization;

namespace FactoryCps.Suppliers.Excel;

/// <summary>
/// The answers as a supplier sees them in the dropdown, and the lenient reading back: the labels of both
/// languages and the codes, whatever the case, spacing or full-width form (Japanese input methods often type
/// ｙｅｓ or 「はい 」).
/// </summary>
internal static class AnswerLabels
{
    public static IReadOnlyList<AnswerChoice> All { get; } = Enum.GetValues<AnswerChoice>();

    public static string Label(AnswerChoice choice, Language language) => ExcelText.Get("Answer" + choice, language);

    public static string Meaning(AnswerChoice choice, Language language) => ExcelText.Get("Meaning" + choice, language);

    public static IReadOnlyList<string> Labels(Language language) => [.. All.Select(c => Label(c, language))];

    public static AnswerChoice? Parse(string text)
    {
        var wanted = Normalise(text);
        foreach (var choice in All)
        {
            if (wanted == Normalise(choice.Code())
                || wanted == Normalise(Label(choice, Language.En))
                || wanted == Normalise(Label(choice, Language.Ja)))
            {
                return choice;
            }
        }

        return null;
    }

    /// <summary>NFKC folds full-width letters; spaces and hyphens go so "Not applicable" equals "not-applicable".</summary>
    private static string Normalise(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        return new string([.. folded.Where(c => !char.IsWhiteSpace(c) && c != '-' && c != '_')]);
    }
}
