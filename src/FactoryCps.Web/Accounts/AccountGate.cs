using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace FactoryCps.Web.Accounts;

/// <summary>
/// A staff session with something still to do sees only the page where it is done: a one-time password must be
/// changed first (an administrator or the shell saw it), then a required second factor enrolled. Everything else
/// answers with a redirect there. API tokens are no session and are not held back (the API takes no cookie).
/// </summary>
internal static class AccountGate
{
    public const string PendingClaim = "fcps:pending";
    public const string PasswordPending = "password";
    public const string EnrolmentPending = "second-factor";
    public const string PasswordPage = "/account/password";
    public const string EnrolmentPage = "/account/two-factor";

    /// <summary>What a held-back session may still reach besides its page: signing out, the language, error pages, the API and the portal (neither takes this cookie).</summary>
    private static readonly string[] Open = ["/logout", "/language", "/login", "/error", "/api", "/portal"];

    public static WebApplication UseAccountGate(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (Destination(context.User, context.Request.Path) is { } page)
            {
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Redirect(page);
                return;
            }

            await next(context);
        });
        return app;
    }

    /// <summary>The page a request must go to instead, or null when it may go on.</summary>
    internal static string? Destination(ClaimsPrincipal user, PathString path)
    {
        if (user.Identity is not { IsAuthenticated: true, AuthenticationType: var type } || type != IdentityConstants.ApplicationScheme)
        {
            return null;
        }

        var page = user.HasClaim(PendingClaim, PasswordPending) ? PasswordPage
            : user.HasClaim(PendingClaim, EnrolmentPending) ? EnrolmentPage
            : null;
        // Held for an enrolment, the password page stays open too (it asks for the password, so nothing is skipped).
        var alsoOpen = page == EnrolmentPage && path.StartsWithSegments(PasswordPage, StringComparison.OrdinalIgnoreCase);
        return page is null || alsoOpen || path.StartsWithSegments(page, StringComparison.OrdinalIgnoreCase) || Open.Any(open => path.StartsWithSegments(open, StringComparison.OrdinalIgnoreCase)) ? null : page;
    }
}
