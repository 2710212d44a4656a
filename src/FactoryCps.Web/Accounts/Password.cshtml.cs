using FactoryCps.Web.Accounts.Sessions;
using FactoryCps.Web.Data;
using FactoryCps.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactoryCps.Web.Accounts;

/// <summary>
/// A staff user chooses their own password (Identity's rules): at once after signing in with a one-time password
/// (AccountGate opens nothing else before), or whenever they like. The session goes on under the new password;
/// the user's other sessions end at once (the new security stamp alone would end them only at Identity's next check).
/// </summary>
internal sealed class PasswordModel(UserManager<FcpsUser> users, SignInManager<FcpsUser> signIn, SessionStore sessions) : PageModel
{
    [BindProperty]
    public string? Current { get; set; }

    [BindProperty]
    public string? Chosen { get; set; }

    [BindProperty]
    public string? Repeated { get; set; }

    public bool MustChange { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Response.Headers.CacheControl = "no-store";
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        MustChange = user.MustChangePassword;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Response.Headers.CacheControl = "no-store";
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        MustChange = user.MustChangePassword;
        Errors = await ChangeAsync(user);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var current = SessionCookies.Current(User, IdentityConstants.ApplicationScheme);
        await sessions.EndAllExceptAsync(SessionStore.StaffOwner(user.Id), current, SessionEnd.Password, User.Actor(), auditSiteId: null, HttpContext.RequestAborted);

        // The change renewed the security stamp: this session takes the new one (and loses the pending claim).
        await signIn.RefreshSignInAsync(user);
        return LocalRedirect("/");
    }

    private async Task<IReadOnlyList<string>> ChangeAsync(FcpsUser user)
    {
        if (Chosen != Repeated)
        {
            return [WebText.PortalPasswordsDiffer];
        }

        if (!await users.CheckPasswordAsync(user, Current ?? ""))
        {
            return [WebText.AccountCurrentPasswordWrong];
        }

        if (Current == Chosen)
        {
            return [WebText.AccountPasswordUnchanged];
        }

        var changed = await users.ChangePasswordAsync(user, Current!, Chosen ?? "");
        if (!changed.Succeeded)
        {
            return [.. changed.Errors.Select(e => e.Description)];
        }

        user.MustChangePassword = false;
        var updated = await users.UpdateAsync(user);
        return updated.Succeeded ? [] : [.. updated.Errors.Select(e => e.Description)];
    }
}
