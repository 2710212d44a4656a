namespace FactoryCps.Web.Accounts;

/// <summary>
/// Who may do what at a site (docs/roles.md shows the same table; a test keeps the two equal). The roles follow
/// the extension's OODA tables: the security department leads, the plant floor's head manages the plant's
/// model and measures, engineers maintain the model, management reads and decides, viewers read.
/// </summary>
internal static class SiteRoles
{
    public const string Administrator = "admin";

    /// <summary>セキュリティ担当: leads the site's security work (and, with Fcps:RequireSecondFactor, must use a second factor).</summary>
    public const string SecurityLead = "security-lead";

    public static IReadOnlyDictionary<string, IReadOnlySet<SitePermission>> Permissions { get; } = new Dictionary<string, IReadOnlySet<SitePermission>>(StringComparer.Ordinal)
    {
        [SecurityLead] = new HashSet<SitePermission>
        {
            SitePermission.View, SitePermission.EditModel, SitePermission.EditCountermeasures, SitePermission.EditOoda,
            SitePermission.WorkCases, SitePermission.Import, SitePermission.ViewAudit, SitePermission.ManageMembers, SitePermission.ManageSuppliers,
            SitePermission.AnswerAssessments, SitePermission.ManageAssessments, SitePermission.ManageReviews,
        },
        ["site-manager"] = new HashSet<SitePermission>
        {
            SitePermission.View, SitePermission.EditModel, SitePermission.EditCountermeasures, SitePermission.EditOoda, SitePermission.WorkCases,
            SitePermission.ViewAudit, SitePermission.ManageSuppliers, SitePermission.AnswerAssessments, SitePermission.ManageReviews,
        },
        ["engineer"] = new HashSet<SitePermission> { SitePermission.View, SitePermission.EditModel, SitePermission.EditCountermeasures, SitePermission.WorkCases, SitePermission.AnswerAssessments },
        ["executive"] = new HashSet<SitePermission> { SitePermission.View, SitePermission.WorkCases, SitePermission.ViewAudit },
        ["viewer"] = new HashSet<SitePermission> { SitePermission.View },
    };

    /// <summary>Whether a user may do something at a site: administrators everywhere, others by their role there.</summary>
    public static bool Allows(bool isAdministrator, string? roleAtSite, SitePermission permission) =>
        isAdministrator || (roleAtSite is not null && Permissions.TryGetValue(roleAtSite, out var granted) && granted.Contains(permission));
}
