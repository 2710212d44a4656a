using System.Security.Claims;
using FactoryCps.Cases;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;

namespace FactoryCps.Web.Cases;

internal static class CaseActors
{
    /// <summary>The signed-in user with their role at the request's site (as the access check resolved it).</summary>
    public static CaseActor Of(SiteContext access, ClaimsPrincipal user)
    {
        var actor = user.Actor();
        return new CaseActor(actor.UserId, actor.UserName, access.Role, access.IsAdministrator);
    }
}
