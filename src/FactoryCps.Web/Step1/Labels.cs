using System.Globalization;
using FactoryCps.Catalog;
using FactoryCps.Model;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Resources;

namespace FactoryCps.Web.Step1;

/// <summary>Display names of sections and fields from the resources; the model's own name when none is defined.</summary>
internal static class Labels
{
    public static string Section(string section) => WebText.ResourceManager.GetString("Section_" + section, CultureInfo.CurrentUICulture) ?? section;

    public static string Field(FieldSpec field) => WebText.ResourceManager.GetString("Field_" + field.Path.Replace('.', '_'), CultureInfo.CurrentUICulture) ?? field.Path;

    /// <summary>The word for a value of an enumerated field, in the page's language (the core's <see cref="ModelWords"/>).</summary>
    public static string Choice(string section, string field, string value) => ModelWords.Choice(section, field, value, Lang.Current);

    /// <summary>
    /// A value of a small integer scale with its word when the scale has words: an operation's impact ratings
    /// (小・中・大) and an importance (the catalogue's scale); other numbers (a target level) stand alone.
    /// </summary>
    public static string Level(FieldSpec field, int value, GuidelineCatalog catalog)
    {
        var number = value.ToString(CultureInfo.InvariantCulture);
        var word = field.Path.StartsWith("impact.", StringComparison.Ordinal)
            ? WebText.ResourceManager.GetString("ImpactLevel" + number, CultureInfo.CurrentUICulture)
            : field.Path == "importance" ? catalog.ImportanceScale.FirstOrDefault(l => l.Value == value)?.Label.Get(Lang.Current) : null;
        return word is null ? number : Lang.Current == FactoryCps.Localization.Language.Ja ? $"{number}（{word}）" : $"{number} ({word})";
    }
}
