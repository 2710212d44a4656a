using System.Globalization;
using FactoryCps.Localization;
using FactoryCps.Resources;

namespace FactoryCps.Checklists;

/// <summary>The self-assessment's sentences from <c>Resources/ChecklistText</c>, in one language or both.</summary>
internal static class ChecklistWords
{
    public static string Text(string key, Language language, params object?[] args) =>
        ResourceSentences.Text(ChecklistText.ResourceManager, key, language, args);

    /// <summary>Both languages at once: what a problem carries, so that the command line and the web each pick theirs.</summary>
    public static LocalizedText Both(string key, params object?[] args) => ResourceSentences.Both(ChecklistText.ResourceManager, key, args);

    /// <summary>A score as a whole percentage, or the words for none.</summary>
    public static string Percent(double? score, Language language) =>
        score is { } value
            ? Text(nameof(ChecklistText.ScorePercent), language, Math.Round(value * 100, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture))
            : Text(nameof(ChecklistText.ScoreNone), language);
}
