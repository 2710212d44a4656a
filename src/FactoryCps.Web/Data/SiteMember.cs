namespace FactoryCps.Web.Data;

/// <summary>A user's role at one site; a user sees only the sites where they hold one.</summary>
public sealed class SiteMember
{
    public static IReadOnlyList<string> Roles { get; } = ["security-lead", "site-manager", "engineer", "executive", "viewer"];

    public int SiteId { get; set; }

    public required string UserId { get; set; }

    public required string Role { get; set; }

    public SiteEntity? Site { get; set; }
}
