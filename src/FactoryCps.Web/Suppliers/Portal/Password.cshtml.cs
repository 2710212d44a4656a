using FactoryCps.Web.Accounts.Sessions;
using FactoryCps.Web.Suppliers.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Suppliers.Portal;

/// <summary>
/// A supplier account chooses its own password: at once after signing in with a one-time password (nothing else
/// opens before), or whenever it likes. The session goes on under the new password; other sessions of it end.
/// </summary>
[Authorize(Policy = PortalSetup.Policy)]
internal sealed class PasswordModel(SupplierSignIn accounts, SessionStore sessions) : PortalPageModel
{
    [BindProperty]
    public string? Current { get; set; }

    [BindProperty]
    public string? Chosen { get; set; }

    [BindProperty]
    public string? Repeated { get; set; }

    public SupplierAccount? Account { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var account = Account!;
        var (changed, errors) = Chosen != Repeated
            ? (null, [Resources.WebText.PortalPasswordsDiffer])
            : await accounts.ChangePasswordAsync(account.Id, account.SessionStamp, Current, Chosen, PortalSession.AccountActor(account), HttpContext.RequestAborted);
        if (changed is null)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        // The change renewed the account's stamp: this session takes the new one, every other session has ended.
        await sessions.EndAllExceptAsync(SessionStore.SupplierOwner(changed.Id), SessionCookies.Current(User, PortalSetup.Scheme), SessionEnd.Password, PortalSession.AccountActor(account), changed.SiteId, HttpContext.RequestAborted);
        await HttpContext.SignInAsync(PortalSetup.Scheme, PortalSetup.AccountPrincipal(changed), new AuthenticationProperties { AllowRefresh = true });
        return LocalRedirect("/portal");
    }

    private async Task<bool> LoadAsync()
    {
        Response.Headers.CacheControl = "no-store";
        Account = await PortalSetup.AccountAsync(User, accounts, HttpContext.RequestAborted);
        return Account is not null;
    }
}
