namespace FactoryCps.Web.Sites;

/// <summary>A user's role at one site; a user sees only the sites where they hold one.</summary>
internal sealed class SiteMember
{
    public int SiteId { get; set; }

    public required string UserId { get; set; }

    /// <summary>A key of <c>Accounts.SiteRoles.Permissions</c>: security-lead, site-manager, engineer, executive or viewer.</summary>
    public required string Role { get; set; }

    public SiteEntity? Site { get; set; }
}
