using FactoryCps.Web.Accounts;
using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Security;

/// <summary>The site a request addresses, and what the user may do there; set by the site authorization.</summary>
public sealed record SiteContext(SiteEntity Site, string? Role, bool IsAdministrator)
{
    public bool May(SitePermission permission) => SiteRoles.Allows(IsAdministrator, Role, permission);

    public static SiteContext Of(HttpContext context) =>
        context.Features.Get<SiteContext>() ?? throw new InvalidOperationException("The endpoint has no SitePermission; add one.");
}
