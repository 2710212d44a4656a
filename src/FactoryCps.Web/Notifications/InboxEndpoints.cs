using System.Globalization;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Api;
using FactoryCps.Web.Resources;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Notifications;

/// <summary>
/// /api/v1/inbox: the caller's own notices and marking them read. No site in the address: every route answers
/// only the token's user, and a notice of anyone else is 404, as one that does not exist.
/// </summary>
internal static class InboxEndpoints
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    public static RouteGroupBuilder MapInbox(this RouteGroupBuilder api)
    {
        var tagged = api.MapGroup("/inbox").WithTags(ApiTags.Inbox);
        tagged.MapGet("", ListAsync).WithName("ListInbox")
            .WithSummary("The caller's notices, newest first; ?unread=true only unread ones. Page with ?before=<id>&limit=<1..500>.")
            .Produces<InboxPage>().ProducesProblem(StatusCodes.Status400BadRequest);
        tagged.MapPost("/{notice:long}/read", ReadAsync).WithName("MarkNoticeRead")
            .WithSummary("Marks one of the caller's notices read (again: no change).")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        tagged.MapPost("/read", ReadAllAsync).WithName("MarkAllNoticesRead")
            .WithSummary("Marks every unread notice of the caller read; answers how many were.")
            .Produces<InboxMarked>();
        return api;
    }

    private static async Task<IResult> ListAsync([FromQuery] bool? unread, [FromQuery] long? before, [FromQuery] int? limit, HttpContext context, Inbox inbox)
    {
        var take = limit ?? DefaultLimit;
        if (take is < 1 or > MaxLimit)
        {
            return Problems.BadRequest("limit", string.Format(CultureInfo.CurrentCulture, WebText.ApiLimit, MaxLimit));
        }

        var user = context.User.UserId()!;
        var rows = await inbox.ListBeforeAsync(user, unread == true, before, take + 1, context.RequestAborted);
        var items = rows.Take(take).Select(InboxEntry.Of).ToList();
        var count = await inbox.UnreadAsync(user, context.RequestAborted);
        return ApiSetup.Json(new InboxPage(items, count, rows.Count > take ? items[^1].Id : null));
    }

    private static async Task<IResult> ReadAsync(long notice, HttpContext context, Inbox inbox) =>
        await inbox.MarkReadAsync(context.User.UserId()!, context.User.Identity?.Name ?? "?", notice, context.RequestAborted)
            ? Results.NoContent()
            : Problems.NotFound();

    private static async Task<IResult> ReadAllAsync(HttpContext context, Inbox inbox) =>
        ApiSetup.Json(new InboxMarked(await inbox.MarkAllReadAsync(context.User.UserId()!, context.User.Identity?.Name ?? "?", context.RequestAborted)));
}

/// <summary>A page of the inbox: the notices, the caller's unread count, and the <c>before</c> of the next page (null on the last).</summary>
internal sealed record InboxPage(List<InboxEntry> Items, int Unread, long? NextBefore);

/// <summary>
/// One notice: <c>kind</c> for programs, <c>words</c> the kind's words in the request's language, <c>subject</c>
/// the object's name, <c>link</c> a path of this application.
/// </summary>
internal sealed record InboxEntry(long Id, string Kind, string Words, string Subject, string? Site, string? SiteName, string Link, DateTimeOffset CreatedAt, DateTimeOffset? Due, DateTimeOffset? ReadAt)
{
    public static InboxEntry Of(InboxItem item)
    {
        var n = item.Notice;
        return new(n.Id, n.Kind, NoticeWords.Of(n.Kind), n.Subject, item.SiteKey, item.SiteName, n.Link, n.CreatedAt, n.Due, n.ReadAt);
    }
}

internal sealed record InboxMarked(int Marked);
