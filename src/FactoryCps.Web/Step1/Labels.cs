using System.Globalization;
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
}
