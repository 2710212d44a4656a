using FactoryCps.Web.Data;
using FactoryCps.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactoryCps.Web.Accounts;

/// <summary>
/// Sign-in's second step for a user with a second factor: after the right password (which left only Identity's
/// short-lived two-factor cookie), a code from the authenticator app or a recovery code, each usable once. Wrong
/// codes count towards the account's lockout like wrong passwords; the sign-in rate limit applies here too.
/// </summary>
[AllowAnonymous]
internal sealed class SecondFactorModel(SignInManager<FcpsUser> signIn, SignInAudit audit) : PageModel
{
    public const string Route = "/login/second-factor";

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public static string Path(string? returnUrl) => returnUrl is null ? Route : Route + "?ReturnUrl=" + Uri.EscapeDataString(returnUrl);

    public async Task<IActionResult> OnGetAsync()
    {
        Response.Headers.CacheControl = "no-store";
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? LocalRedirect("/login") : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Response.Headers.CacheControl = "no-store";
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return LocalRedirect("/login");
        }

        var wasLocked = await signIn.UserManager.IsLockedOutAsync(user);
        var code = AuthenticatorEnrolment.Normalize(Code);
        var result = AuthenticatorEnrolment.IsAppCode(code)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await RecoveryAsync(user, code);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        if (!wasLocked && await signIn.UserManager.IsLockedOutAsync(user))
        {
            await audit.LockedOutAsync(user, "second-factor");
        }

        Error = WebText.TwoFactorCodeWrong;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    /// <summary>A recovery code; a wrong one counts as a failure (Identity's recovery sign-in does not lock out by itself).</summary>
    private async Task<Microsoft.AspNetCore.Identity.SignInResult> RecoveryAsync(FcpsUser user, string code)
    {
        if (await signIn.UserManager.IsLockedOutAsync(user))
        {
            return Microsoft.AspNetCore.Identity.SignInResult.LockedOut;
        }

        var result = code.Length == 0 ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.TwoFactorRecoveryCodeSignInAsync(AuthenticatorEnrolment.IdentityRecoveryCode(code));
        if (!result.Succeeded && !result.IsLockedOut)
        {
            await signIn.UserManager.AccessFailedAsync(user);
        }

        return result;
    }
}
