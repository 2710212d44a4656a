using System.Globalization;

namespace FactoryCps.Localization;

/// <summary>The two languages every user-facing text exists in.</summary>
public enum Language
{
    Ja,
    En,
}

internal static class Languages
{
    public static CultureInfo Culture(this Language language) =>
        language == Language.En ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("ja");

    public static string Code(this Language language) => language == Language.En ? "en" : "ja";

    public static bool TryParse(string? value, out Language language)
    {
        language = Language.Ja;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var code = value.Trim().ToLowerInvariant();
        if (code.StartsWith("ja", StringComparison.Ordinal))
        {
            language = Language.Ja;
            return true;
        }

        if (code.StartsWith("en", StringComparison.Ordinal))
        {
            language = Language.En;
            return true;
        }

        return false;
    }

    /// <summary>
    /// The language when the user names none: FCPS_LANG, then the POSIX locale variables, then Japanese
    /// (the guideline's own language).
    /// </summary>
    public static Language FromEnvironment(Func<string, string?> getVariable)
    {
        foreach (var name in new[] { "FCPS_LANG", "LC_ALL", "LC_MESSAGES", "LANG" })
        {
            var value = getVariable(name);
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            return TryParse(value, out var language) ? language : Language.Ja;
        }

        return Language.Ja;
    }
}
