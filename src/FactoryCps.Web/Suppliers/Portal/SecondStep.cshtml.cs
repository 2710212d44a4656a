using System.Globalization;
using System.Security.Claims;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Suppliers.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Suppliers.Portal;

/// <summary>
/// A supplier account's second sign-in step: the code from the authenticator app, or a recovery code (each once).
/// Reached only with the short cookie the right password left; wrong codes count towards the account's lockout and
/// every refusal shows the same message.
/// </summary>
[AllowAnonymous]
internal sealed class SecondStepModel(SupplierSecondFactor secondFactor) : PortalPageModel
{
    public const string Route = "/portal/login/second-factor";

    [BindProperty]
    public string? Code { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Response.Headers.CacheControl = "no-store";
        return await PendingAsync() is null ? LocalRedirect("/portal/login") : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Response.Headers.CacheControl = "no-store";
        if (await PendingAsync() is not { } pending)
        {
            return LocalRedirect("/portal/login");
        }

        var account = int.TryParse(pending.FindFirstValue(PortalSetup.AccountClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await secondFactor.VerifyAsync(id, pending.FindFirstValue(PortalSetup.StampClaim), Code, HttpContext.RequestAborted)
            : null;
        if (account is null)
        {
            Error = WebText.TwoFactorCodeWrong;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        await HttpContext.SignOutAsync(PortalSetup.SecondStepScheme);
        await HttpContext.SignInAsync(PortalSetup.Scheme, PortalSetup.AccountPrincipal(account), new AuthenticationProperties { AllowRefresh = true });
        return LocalRedirect(account.MustChangePassword ? "/portal/password" : "/portal");
    }

    private async Task<ClaimsPrincipal?> PendingAsync() =>
        (await HttpContext.AuthenticateAsync(PortalSetup.SecondStepScheme)) is { Succeeded: true, Principal: { } principal } ? principal : null;
}
