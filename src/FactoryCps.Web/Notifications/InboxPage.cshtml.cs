using FactoryCps.Web.Accounts;
using FactoryCps.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactoryCps.Web.Notifications;

/// <summary>The signed-in user's inbox: newest first, unread marked, one or all marked read (forms with anti-forgery tokens).</summary>
internal sealed class InboxPageModel(Inbox inbox) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<InboxItem> Items { get; private set; } = [];

    public ListNav? Nav { get; private set; }

    public bool UnreadOnly { get; private set; }

    public int Unread { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? show, string? done, int? count)
    {
        Response.Headers.CacheControl = "no-store";
        if (ListQuery.Read(Request.Query, PageSize) is not { } query || show is not (null or "unread"))
        {
            return BadRequest();
        }

        UnreadOnly = show == "unread";
        var user = User.UserId()!;
        var ct = HttpContext.RequestAborted;
        var (items, matching) = await inbox.PageAsync(user, UnreadOnly, query.Search, query.Page, query.Size, ct);
        var total = await inbox.TotalAsync(user, ct);
        var pages = Math.Max(1, (matching + query.Size - 1) / query.Size);
        if (query.Page > pages)
        {
            return NotFound();
        }

        Items = items;
        Unread = await inbox.UnreadAsync(user, ct);
        var from = items.Count == 0 ? 0 : (query.Page - 1) * query.Size + 1;
        Nav = new ListNav("inbox", UnreadOnly ? "/inbox?show=unread" : "/inbox", null, query, matching, total, from, from + Math.Max(0, items.Count - 1), pages, total > query.Size || !query.IsDefault);
        Message = done switch
        {
            "one" => Resources.WebText.InboxMarkedOne,
            "all" => string.Format(System.Globalization.CultureInfo.CurrentCulture, Resources.WebText.InboxMarkedAll, count ?? 0),
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostReadAsync(long? id, string? show)
    {
        if (id is not { } notice || !await inbox.MarkReadAsync(User.UserId()!, User.Identity?.Name ?? "?", notice, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        return RedirectToPage(new { done = "one", show = Show(show) });
    }

    public async Task<IActionResult> OnPostReadAllAsync(string? show)
    {
        var marked = await inbox.MarkAllReadAsync(User.UserId()!, User.Identity?.Name ?? "?", HttpContext.RequestAborted);
        return RedirectToPage(new { done = "all", count = marked, show = Show(show) });
    }

    private static string? Show(string? show) => show == "unread" ? "unread" : null;
}
