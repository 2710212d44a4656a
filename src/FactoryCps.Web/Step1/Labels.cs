using System.Globalization;
using FactoryCps.Resources;
using FactoryCps.Web.Resources;

namespace FactoryCps.Web.Step1;

/// <summary>Display names of sections and fields from the resources; the model's own name when none is defined.</summary>
internal static class Labels
{
    public static string Section(string section) => WebText.ResourceManager.GetString("Section_" + section, CultureInfo.CurrentUICulture) ?? section;

    public static string Field(FieldSpec field) => WebText.ResourceManager.GetString("Field_" + field.Path.Replace('.', '_'), CultureInfo.CurrentUICulture) ?? field.Path;

    /// <summary>
    /// The word for a value of an enumerated field (an asset's kind <c>engineering-workstation</c> → エンジニアリング端末);
    /// a countermeasure's status and an external's kind in the reports' words (the zone diagram shows those too); the value itself when the resources have none, so a value
    /// the schema adds is still shown.
    /// </summary>
    public static string Choice(string section, string field, string value) =>
        (section, field) switch
        {
            ("countermeasures", "status") => ReportText.ResourceManager.GetString("Status_" + value, CultureInfo.CurrentUICulture),
            ("externals", "kind") => ReportText.ResourceManager.GetString("ExternalKind_" + value.Replace('-', '_'), CultureInfo.CurrentUICulture),
            _ => WebText.ResourceManager.GetString($"Choice_{section}_{field}_{value.Replace('-', '_')}", CultureInfo.CurrentUICulture),
        } ?? value;
}
