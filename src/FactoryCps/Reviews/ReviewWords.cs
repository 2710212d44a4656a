using FactoryCps.Localization;
using FactoryCps.Resources;

namespace FactoryCps.Reviews;

/// <summary>The reviews' sentences and words from <c>Resources/ReviewText</c>, in one language or both.</summary>
internal static class ReviewWords
{
    public static string Text(string key, Language language, params object?[] args) =>
        ResourceSentences.Text(ReviewText.ResourceManager, key, language, args);

    public static LocalizedText Both(string key, params object?[] args) => ResourceSentences.Both(ReviewText.ResourceManager, key, args);

    /// <summary>A review kind's word (periodic, or the event that called it).</summary>
    public static string Kind(string kind, Language language) => Text("Kind_" + kind.Replace("-", "", StringComparison.Ordinal), language);
}
