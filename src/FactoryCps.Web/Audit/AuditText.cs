using System.Globalization;
using FactoryCps.Web.Resources;

namespace FactoryCps.Web.Audit;

/// <summary>
/// The word for an audit action id (<c>create</c>, <c>import-refused</c>, a case's <c>advance</c>…) and for the
/// section an entry belongs to (<c>sbom</c>, <c>assets</c>…) from WebText. An id without a resource shows itself,
/// so a new action or section is never hidden from the log.
/// </summary>
internal static class AuditText
{
    /// <summary>
    /// The sections that are named elsewhere already (a navigation link, a page's title): the log uses the same word.
    /// The model's sections use their Step 1 word (<c>Section_assets</c>); the rest have <c>AuditSection_</c> words.
    /// </summary>
    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["advisories"] = nameof(WebText.NavAdvisories),
        ["cases"] = nameof(WebText.NavCases),
        ["members"] = nameof(WebText.NavMembers),
        ["sbom"] = nameof(WebText.NavSboms),
        ["sessions"] = nameof(WebText.NavSessions),
        ["suppliers"] = nameof(WebText.NavSuppliers),
        ["supplied-items"] = nameof(WebText.SuppliedItems),
        ["supplier-accounts"] = nameof(WebText.SupplierAccountsTitle),
        ["supplier-actions"] = nameof(WebText.SupplierActionsTitle),
        ["questionnaires"] = nameof(WebText.QuestionnairesTitle),
        ["evidence"] = nameof(WebText.QuestionEvidence),
    };

    public static string Action(string action) =>
        WebText.ResourceManager.GetString("AuditAction_" + action.Replace('-', '_'), CultureInfo.CurrentUICulture) ?? action;

    public static string Section(string? section) =>
        section is null ? ""
        : (Named.TryGetValue(section, out var key) ? WebText.ResourceManager.GetString(key, CultureInfo.CurrentUICulture) : null)
            ?? WebText.ResourceManager.GetString("Section_" + section, CultureInfo.CurrentUICulture)
            ?? WebText.ResourceManager.GetString("AuditSection_" + section.Replace('-', '_'), CultureInfo.CurrentUICulture)
            ?? section;
}
