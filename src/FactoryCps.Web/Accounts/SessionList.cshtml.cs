using FactoryCps.Web.Accounts.Sessions;
using FactoryCps.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactoryCps.Web.Accounts;

/// <summary>A staff user's open sessions: where they are signed in, this one marked; any other can be ended, or all of them.</summary>
internal sealed class SessionListModel(SessionStore sessions) : PageModel
{
    public SessionTable Table { get; private set; } = new([], null);

    public string? Message { get; private set; }

    public async Task OnGetAsync(string? done)
    {
        Response.Headers.CacheControl = "no-store";
        Message = done switch
        {
            "one" => WebText.SessionEnded,
            "others" => WebText.SessionOthersEnded,
            _ => null,
        };
        Table = new(await sessions.OpenAsync(Owner, HttpContext.RequestAborted), Current);
    }

    public async Task<IActionResult> OnPostEndAsync(string? id)
    {
        // Not this one (signing out does that), and only one of the user's own: anything else is no session here.
        if (id is null || id == Current || !await sessions.EndAsync(Owner, id, SessionEnd.Ended, User.Actor(), null, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        return RedirectToPage(new { done = "one" });
    }

    public async Task<IActionResult> OnPostEndOthersAsync()
    {
        await sessions.EndAllExceptAsync(Owner, Current, SessionEnd.Ended, User.Actor(), null, HttpContext.RequestAborted);
        return RedirectToPage(new { done = "others" });
    }

    private string Owner => SessionStore.StaffOwner(User.UserId()!);

    private string? Current => SessionCookies.Current(User, IdentityConstants.ApplicationScheme);
}
