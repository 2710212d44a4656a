using System.Globalization;
using FactoryCps.Localization;
using FactoryCps.Resources;

namespace FactoryCps.Diagnostics;

/// <summary>
/// A message kept as a resource key and arguments, so that it can be rendered in either language
/// after the fact (the CLI and the web choose the language, not the code that found the problem).
/// </summary>
internal sealed record Message(string Key, params object?[] Args)
{
    public string Render(Language language)
    {
        var culture = language.Culture();
        var format = Messages.ResourceManager.GetString(Key, culture)
            ?? throw new InvalidOperationException($"Missing message resource '{Key}'.");
        var args = Args.Select(a => a is LocalizedText text ? text.Get(language) : a).ToArray();
        return string.Format(CultureInfo.InvariantCulture, format, args);
    }

    public LocalizedText ToText() => new(Render(Language.Ja), Render(Language.En));
}
