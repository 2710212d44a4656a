using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Notifications;

/// <summary>The inboxes' rows, read as <c>db.InboxNotices</c>.</summary>
internal static class NotificationSets
{
    extension(FcpsDbContext db)
    {
        public DbSet<InboxNotice> InboxNotices => db.Set<InboxNotice>();
    }
}
