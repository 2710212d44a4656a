using FactoryCps.Web.Data;
using FactoryCps.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactoryCps.Web.Accounts;

/// <summary>
/// A staff user's second factor: enrol an authenticator app (Identity's key, shown as a QR code and as text; the
/// first code from the app turns it on) and get 10 recovery codes, shown once; renew the codes later.
/// </summary>
internal sealed class TwoFactorModel(UserManager<FcpsUser> users, SignInManager<FcpsUser> signIn, SignInAudit audit) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    public string? Code { get; set; }

    public bool Enrolled { get; private set; }

    public bool Required { get; private set; }

    public int CodesLeft { get; private set; }

    public AuthenticatorEnrolment? Enrolment { get; private set; }

    /// <summary>Recovery codes just made: on this response only.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await users.GetUserAsync(User) is { } user ? await ShowAsync(user) : Challenge();

    public async Task<IActionResult> OnPostEnrolAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return await ShowAsync(user);
        }

        var code = AuthenticatorEnrolment.Normalize(Code);
        if (!AuthenticatorEnrolment.IsAppCode(code)
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            Error = WebText.TwoFactorCodeWrong;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await ShowAsync(user);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        await audit.SecondFactorAsync(null, User.Actor(), "second-factor-enrol", user);
        await signIn.RefreshSignInAsync(user); // the new stamp, and no longer held at this page
        return await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostCodesAsync()
    {
        if (await users.GetUserAsync(User) is not { TwoFactorEnabled: true } user)
        {
            return RedirectToPage();
        }

        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        await audit.SecondFactorAsync(null, User.Actor(), "second-factor-codes", user);
        return await ShowAsync(user);
    }

    private async Task<IActionResult> ShowAsync(FcpsUser user)
    {
        Response.Headers.CacheControl = "no-store"; // a key or recovery codes may be on it
        Enrolled = user.TwoFactorEnabled;
        Required = User.HasClaim(AccountGate.PendingClaim, AccountGate.EnrolmentPending) && !Enrolled;
        if (Enrolled)
        {
            CodesLeft = await users.CountRecoveryCodesAsync(user);
            return Page();
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        Enrolment = AuthenticatorEnrolment.For(user.Email ?? user.UserName ?? user.Id, key!);
        return Page();
    }
}
