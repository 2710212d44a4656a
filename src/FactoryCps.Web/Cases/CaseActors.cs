using FactoryCps.Cases;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;

namespace FactoryCps.Web.Cases;

internal static class CaseActors
{
    /// <summary>The signed-in user with their role at the request's site.</summary>
    public static CaseActor Of(HttpContext context)
    {
        var access = SiteContext.Of(context);
        var actor = context.User.Actor();
        return new CaseActor(actor.UserId, actor.UserName, access.Role, access.IsAdministrator);
    }
}
