using System.Globalization;
using System.Text;
using FactoryCps.Localization;

namespace FactoryCps.Workbooks;

/// <summary>One entry of a dropdown: the code the program stores, the label a person sees in either language.</summary>
internal sealed record WorkbookChoice(string Code, LocalizedText Label)
{
    /// <summary>
    /// The choice typed, read leniently: the labels of both languages and the code, whatever the case, spacing or
    /// full-width form (Japanese input methods often type ｙｅｓ or 「はい 」); null when it is none of them.
    /// </summary>
    public static WorkbookChoice? Find(IReadOnlyList<WorkbookChoice> choices, string text)
    {
        var wanted = Normalise(text);
        return choices.FirstOrDefault(c => wanted == Normalise(c.Code) || wanted == Normalise(c.Label.En) || wanted == Normalise(c.Label.Ja));
    }

    /// <summary>NFKC folds full-width letters; spaces and hyphens go so "Not applicable" equals "not-applicable".</summary>
    private static string Normalise(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        return new string([.. folded.Where(c => !char.IsWhiteSpace(c) && c != '-' && c != '_')]);
    }
}
