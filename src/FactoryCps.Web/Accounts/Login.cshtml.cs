using FactoryCps.Web.Data;
using FactoryCps.Web.Resources;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactoryCps.Web.Accounts;

internal sealed class LoginModel(SignInManager<FcpsUser> signIn, IAuthenticationSchemeProvider schemes, SignInAudit audit) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public string? SingleSignOn { get; private set; }

    public async Task OnGetAsync() => SingleSignOn = (await schemes.GetSchemeAsync(OpenIdConnectDefaults.AuthenticationScheme))?.DisplayName;

    public async Task<IActionResult> OnPostAsync()
    {
        var user = Email is null ? null : await signIn.UserManager.FindByEmailAsync(Email);
        var wasLocked = user is not null && await signIn.UserManager.IsLockedOutAsync(user);
        var result = user is null || Password is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        if (result.RequiresTwoFactor)
        {
            return LocalRedirect(SecondFactorModel.Path(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null));
        }

        if (result.IsLockedOut && !wasLocked)
        {
            await audit.LockedOutAsync(user!, "password");
        }

        // One message for every refusal (unknown address, wrong password, locked out, not allowed): the page must
        // not reveal who has an account. The lockout is recorded for administrators instead.
        Error = WebText.SignInFailed;
        await OnGetAsync();
        return Page();
    }
}
