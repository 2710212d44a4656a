using System.Globalization;
using FactoryCps.Localization;
using FactoryCps.Resources;

namespace FactoryCps.Checklists;

/// <summary>The self-assessment's sentences from <c>Resources/ChecklistText</c>, in one language or both.</summary>
internal static class ChecklistWords
{
    public static string Text(string key, Language language, params object?[] args)
    {
        var culture = language.Culture();
        var format = ChecklistText.ResourceManager.GetString(key, culture) ?? throw new InvalidOperationException("No text " + key);
        return args.Length == 0 ? format : string.Format(culture, format, args);
    }

    /// <summary>Both languages at once: what a problem carries, so that the command line and the web each pick theirs.</summary>
    public static LocalizedText Both(string key, params object?[] args) => new(Text(key, Language.Ja, args), Text(key, Language.En, args));

    /// <summary>A score as a whole percentage, or the words for none.</summary>
    public static string Percent(double? score, Language language) =>
        score is { } value
            ? Text(nameof(ChecklistText.ScorePercent), language, Math.Round(value * 100, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture))
            : Text(nameof(ChecklistText.ScoreNone), language);
}
