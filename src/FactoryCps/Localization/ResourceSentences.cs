using System.Resources;

namespace FactoryCps.Localization;

/// <summary>
/// A sentence of a feature's resource file in one language or both. A missing key is a programming error, so it
/// throws rather than showing the key where a word belongs.
/// </summary>
internal static class ResourceSentences
{
    public static string Text(ResourceManager resources, string key, Language language, params object?[] args)
    {
        var culture = language.Culture();
        var format = resources.GetString(key, culture) ?? throw new InvalidOperationException("No text " + key);
        return args.Length == 0 ? format : string.Format(culture, format, args);
    }

    /// <summary>Both languages at once: what a problem or a finding carries, so that each reader picks theirs.</summary>
    public static LocalizedText Both(ResourceManager resources, string key, params object?[] args) =>
        new(Text(resources, key, Language.Ja, args), Text(resources, key, Language.En, args));
}
