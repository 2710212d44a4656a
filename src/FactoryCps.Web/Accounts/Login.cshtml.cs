using FactoryCps.Web.Data;
using FactoryCps.Web.Resources;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactoryCps.Web.Accounts;

internal sealed class LoginModel(SignInManager<FcpsUser> signIn, IAuthenticationSchemeProvider schemes) : PageModel
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
        var result = user is null || Password is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        // The same message for an unknown address and a wrong password: sign-in must not reveal who has an account.
        Error = result.IsLockedOut ? WebText.SignInLockedOut : WebText.SignInFailed;
        await OnGetAsync();
        return Page();
    }
}
