using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace FactoryCps.Web.Accounts.Sessions;

/// <summary>
/// Ties a cookie scheme to <see cref="SessionStore"/>: every sign-in through the scheme (password, passkey, single
/// sign-on, a second factor, a re-issued cookie) records a session and names it in the cookie; a cookie whose
/// session has ended is refused; signing out ends it. The scheme's own events run after these.
/// </summary>
internal static class SessionCookies
{
    public const string Claim = "fcps:session";

    /// <param name="options">The scheme's options, its other events already set.</param>
    /// <param name="ownerOf">The session owner of the scheme's identity, or null for one that has no sessions (a supplier's invitation link).</param>
    public static void Track(CookieAuthenticationOptions options, Func<ClaimsIdentity, string?> ownerOf)
    {
        var events = options.Events;
        var signingIn = events.OnSigningIn;
        var validate = events.OnValidatePrincipal;
        var signingOut = events.OnSigningOut;
        events.OnSigningIn = async context =>
        {
            await StartAsync(context, ownerOf);
            await signingIn(context);
        };
        events.OnValidatePrincipal = async context =>
        {
            if (!await OpenAsync(context, ownerOf))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }

            await validate(context);
        };
        events.OnSigningOut = async context =>
        {
            await EndAsync(context, ownerOf);
            await signingOut(context);
        };
    }

    /// <summary>The session this request's cookie of the scheme names, or null.</summary>
    public static string? Current(ClaimsPrincipal user, string scheme) =>
        user.Identities.FirstOrDefault(i => i.AuthenticationType == scheme)?.FindFirst(Claim)?.Value;

    /// <summary>Keeps the session's name when a cookie's principal is rebuilt (Identity's security-stamp check).</summary>
    public static void Carry(ClaimsPrincipal from, ClaimsPrincipal to, string scheme)
    {
        if (Current(from, scheme) is { } id && to.Identities.FirstOrDefault(i => i.AuthenticationType == scheme) is { } identity && !identity.HasClaim(c => c.Type == Claim))
        {
            identity.AddClaim(new Claim(Claim, id));
        }
    }

    private static async Task StartAsync(CookieSigningInContext context, Func<ClaimsIdentity, string?> ownerOf)
    {
        var scheme = context.Scheme.Name;
        var identity = context.Principal?.Identities.FirstOrDefault(i => i.AuthenticationType == scheme);
        if (identity is null || ownerOf(identity) is not { } owner)
        {
            return;
        }

        var store = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();
        // A cookie re-issued for the same owner (a refreshed sign-in, a password changed here) stays the same session.
        var current = context.HttpContext.User.Identities.FirstOrDefault(i => i.AuthenticationType == scheme);
        var id = current?.FindFirst(Claim)?.Value is { } open && ownerOf(current) == owner && await store.IsOpenAsync(owner, open, context.HttpContext.RequestAborted)
            ? open
            : await store.StartAsync(owner, context.HttpContext);
        foreach (var old in identity.FindAll(Claim).ToList())
        {
            identity.RemoveClaim(old);
        }

        identity.AddClaim(new Claim(Claim, id));
    }

    private static async Task<bool> OpenAsync(CookieValidatePrincipalContext context, Func<ClaimsIdentity, string?> ownerOf)
    {
        var identity = context.Principal?.Identities.FirstOrDefault(i => i.AuthenticationType == context.Scheme.Name);
        if (identity is null || ownerOf(identity) is not { } owner)
        {
            return true; // nothing this check keeps (an invitation's session); the scheme's own check decides
        }

        // A cookie from before sessions were recorded names none: it is refused, and its user signs in once more.
        return identity.FindFirst(Claim)?.Value is { } id
            && await context.HttpContext.RequestServices.GetRequiredService<SessionStore>().IsOpenAsync(owner, id, context.HttpContext.RequestAborted);
    }

    private static async Task EndAsync(CookieSigningOutContext context, Func<ClaimsIdentity, string?> ownerOf)
    {
        var identity = context.HttpContext.User.Identities.FirstOrDefault(i => i.AuthenticationType == context.Scheme.Name);
        if (identity is not null && ownerOf(identity) is { } owner && identity.FindFirst(Claim)?.Value is { } id)
        {
            var actor = new Sites.Actor(null, identity.Name ?? owner);
            await context.HttpContext.RequestServices.GetRequiredService<SessionStore>().EndAsync(owner, id, SessionEnd.SignOut, actor, null, context.HttpContext.RequestAborted);
        }
    }
}
