using System.Globalization;
using System.Resources;
using FactoryCps.Localization;

namespace FactoryCps.Workbooks;

/// <summary>The texts of the .resx named like <paramref name="anchor"/> (beside it), in either language or both.</summary>
internal sealed class ResxTexts(Type anchor)
{
    private readonly ResourceManager _resources = new(anchor.FullName!, anchor.Assembly);

    public string Get(string key, Language language, params object?[] args)
    {
        var format = _resources.GetString(key, language.Culture())
            ?? throw new InvalidOperationException($"Missing text '{key}' in {anchor.Name}.resx.");
        return args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
    }

    /// <summary>A text without placeholders in both languages, as a workbook definition declares its names.</summary>
    public LocalizedText Both(string key) => new(Get(key, Language.Ja), Get(key, Language.En));
}
