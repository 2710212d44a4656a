using System.Globalization;
using FactoryCps.Web.Resources;

namespace FactoryCps.Web.Step1;

/// <summary>Display names of sections and fields from the resources; the model's own name when none is defined.</summary>
internal static class Labels
{
    public static string Section(string section) => WebText.ResourceManager.GetString("Section_" + section, CultureInfo.CurrentUICulture) ?? section;

    public static string Field(FieldSpec field) => WebText.ResourceManager.GetString("Field_" + field.Path.Replace('.', '_'), CultureInfo.CurrentUICulture) ?? field.Path;
}
