using FactoryCps.Web.Accounts.Sessions;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Suppliers.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Suppliers.Portal;

/// <summary>A supplier account's open sessions, as staff see theirs: this one marked, any other can be ended. An invitation link has none (404).</summary>
[Authorize(Policy = PortalSetup.Policy)]
internal sealed class SessionsModel(SupplierSignIn accounts, SessionStore sessions) : PortalPageModel
{
    public SessionTable Table { get; private set; } = new([], null);

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done)
    {
        if (await AccountAsync() is not { } account)
        {
            return NotFound();
        }

        Message = done switch
        {
            "one" => WebText.SessionEnded,
            "others" => WebText.SessionOthersEnded,
            _ => null,
        };
        Table = new(await sessions.OpenAsync(SessionStore.SupplierOwner(account.Id), HttpContext.RequestAborted), Current);
        return Page();
    }

    public async Task<IActionResult> OnPostEndAsync(string? id)
    {
        if (await AccountAsync() is not { } account || id is null || id == Current
            || !await sessions.EndAsync(SessionStore.SupplierOwner(account.Id), id, SessionEnd.Ended, PortalSession.AccountActor(account), account.SiteId, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        return RedirectToPage(new { done = "one" });
    }

    public async Task<IActionResult> OnPostEndOthersAsync()
    {
        if (await AccountAsync() is not { } account)
        {
            return NotFound();
        }

        await sessions.EndAllExceptAsync(SessionStore.SupplierOwner(account.Id), Current, SessionEnd.Ended, PortalSession.AccountActor(account), account.SiteId, HttpContext.RequestAborted);
        return RedirectToPage(new { done = "others" });
    }

    private string? Current => SessionCookies.Current(User, PortalSetup.Scheme);

    private Task<SupplierAccount?> AccountAsync()
    {
        Response.Headers.CacheControl = "no-store";
        return PortalSetup.AccountAsync(User, accounts, HttpContext.RequestAborted);
    }
}
