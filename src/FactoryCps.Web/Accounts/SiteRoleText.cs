using System.Globalization;
using FactoryCps.Web.Resources;

namespace FactoryCps.Web.Accounts;

/// <summary>
/// The word for a site role id (<c>security-lead</c> → セキュリティ担当部署) from WebText, so that every page names a role
/// the same way and the id stays a form value.
/// </summary>
internal static class SiteRoleText
{
    public static string Name(string role) =>
        WebText.ResourceManager.GetString("SiteRole_" + role.Replace('-', '_'), CultureInfo.CurrentUICulture) ?? role;

    /// <summary>Several roles, as a comma-separated list of assigned ids is stored (<c>security-lead,engineer</c>).</summary>
    public static string Names(IEnumerable<string> roles) =>
        string.Join(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja" ? "、" : ", ", roles.Select(Name));
}
