using System.Data.Common;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Shared;

namespace FactoryCps.Web.Notifications;

/// <summary>
/// The unread count the layout shows on every signed-in page. From <see cref="UnreadCounts"/> (no query while the
/// count is kept); on a miss, one count over the user's rows (index UserId, ReadAt).
/// </summary>
internal sealed class InboxHeader(UnreadCounts counts) : IInboxCount
{
    public async Task<int> UnreadAsync(HttpContext context)
    {
        if (context.User.UserId() is not { } user)
        {
            return 0;
        }

        try
        {
            return await counts.GetAsync(
                user,
                ct => context.RequestServices.GetRequiredService<Inbox>().CountUnreadAsync(user, ct),
                context.RequestAborted);
        }
        catch (DbException)
        {
            // The error page of an unreachable database shows too: without the count rather than not at all.
            return 0;
        }
    }
}
