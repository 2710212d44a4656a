using System.Security.Claims;
using FactoryCps.Web.Accounts;

namespace FactoryCps.Web.Sites;

internal static class ActorExtensions
{
    /// <summary>The signed-in user as the audit log records them.</summary>
    public static Actor Actor(this ClaimsPrincipal user) => new(user.UserId(), user.Identity?.Name ?? "?");
}
