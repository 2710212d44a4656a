using FactoryCps.Web.Resources;
using FactoryCps.Web.Suppliers.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Suppliers.Portal;

/// <summary>
/// A supplier account's sign-in. One message for every refusal (unknown name, wrong password, disabled, locked), so
/// the page tells nobody which names exist; the account's lockout and the per-address rate limit slow guessing.
/// </summary>
[AllowAnonymous]
internal sealed class LoginModel(SupplierSignIn accounts) : PortalPageModel
{
    [BindProperty]
    public string? LoginName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    public void OnGet() => Response.Headers.CacheControl = "no-store";

    public async Task<IActionResult> OnPostAsync()
    {
        Response.Headers.CacheControl = "no-store";
        var account = await accounts.SignInAsync(LoginName, Password, HttpContext.RequestAborted);
        if (account is null)
        {
            Error = WebText.PortalLoginFailed;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        if (account.HasSecondFactor)
        {
            // The password was right; the portal opens only after the code (SecondStepModel).
            await HttpContext.SignInAsync(PortalSetup.SecondStepScheme, PortalSetup.AccountPrincipal(account, PortalSetup.SecondStepScheme));
            return LocalRedirect(SecondStepModel.Route);
        }

        await HttpContext.SignInAsync(PortalSetup.Scheme, PortalSetup.AccountPrincipal(account), new AuthenticationProperties { AllowRefresh = true });
        return LocalRedirect(account.MustChangePassword ? "/portal/password" : "/portal");
    }
}
