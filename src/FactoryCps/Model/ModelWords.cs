using FactoryCps.Localization;
using FactoryCps.Resources;

namespace FactoryCps.Model;

/// <summary>
/// The words for the model's enumerated values, in either language: an asset's kind <c>engineering-workstation</c>
/// is エンジニアリング端末, an impact axis <c>safety</c> is 安全. The web's forms and pages, the reports and the
/// command line take them from here, so one value has one word everywhere. A value without a word (one a newer
/// schema adds) is shown as it is.
/// </summary>
internal static class ModelWords
{
    public static string Choice(string section, string field, string value, Language language)
    {
        var culture = language.Culture();
        return (section, field) switch
        {
            ("countermeasures", "status") => ReportText.ResourceManager.GetString("Status_" + value, culture),
            ("externals", "kind") => ReportText.ResourceManager.GetString("ExternalKind_" + Key(value), culture),
            _ => ModelText.ResourceManager.GetString($"Choice_{section}_{field}_{Key(value)}", culture),
        } ?? value;
    }

    /// <summary>An impact axis of an operation (safety, quality, delivery, …).</summary>
    public static string Axis(string axis, Language language) =>
        ExplanationText.ResourceManager.GetString("Axis_" + axis, language.Culture()) ?? axis;

    /// <summary>The kind of object a rule or a finding is about (site, zone, asset, operation, conduit, external, dataFlow).</summary>
    public static string Subject(string kind, Language language) =>
        ModelText.ResourceManager.GetString("Subject_" + kind, language.Culture()) ?? kind;

    private static string Key(string value) => value.Replace('-', '_');
}
