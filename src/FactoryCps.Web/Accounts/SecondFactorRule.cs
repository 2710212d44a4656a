namespace FactoryCps.Web.Accounts;

/// <summary>
/// Who must use a second factor: with the installation setting <c>Fcps:RequireSecondFactor</c>, administrators and
/// security leads (セキュリティ担当) at any site, since they can change who may do what; nobody otherwise.
/// </summary>
internal static class SecondFactorRule
{
    public const string Setting = "Fcps:RequireSecondFactor";

    public static bool Required(bool settingOn, bool administrator, IEnumerable<string> rolesAtSites) =>
        settingOn && (administrator || rolesAtSites.Contains(SiteRoles.SecurityLead, StringComparer.Ordinal));

    /// <summary>Whether the user must enrol before anything else opens: required and not enrolled yet.</summary>
    public static bool MustEnrol(bool settingOn, bool administrator, IEnumerable<string> rolesAtSites, bool enrolled) =>
        !enrolled && Required(settingOn, administrator, rolesAtSites);
}
