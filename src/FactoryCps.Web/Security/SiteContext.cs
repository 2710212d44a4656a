using FactoryCps.Web.Accounts;
using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Security;

/// <summary>The site a request addresses, and what the user may do there; set by the site authorization.</summary>
internal sealed record SiteContext(SiteEntity Site, string? Role, bool IsAdministrator)
{
    public bool May(SitePermission permission) => SiteRoles.Allows(IsAdministrator, Role, permission);

    /// <summary>
    /// The access check's result for this request. Two readers only: endpoints take it as a parameter
    /// (<see cref="BindAsync"/>), pages read <see cref="SitePageModel.Access"/>.
    /// </summary>
    internal static SiteContext Of(HttpContext context) =>
        context.Features.Get<SiteContext>() ?? throw new InvalidOperationException("The endpoint has no SitePermission; add one.");

    /// <summary>
    /// Lets an endpoint take the site as a parameter (<c>(SiteContext site, …) =&gt;</c>): the one the access check
    /// resolved for this request, never looked up again.
    /// </summary>
    public static ValueTask<SiteContext?> BindAsync(HttpContext context) => ValueTask.FromResult<SiteContext?>(Of(context));
}
