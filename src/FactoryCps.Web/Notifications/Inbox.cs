using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Notifications;

/// <summary>One notice as the inbox shows it, with its site's key and name when it concerns one.</summary>
internal sealed record InboxItem(InboxNotice Notice, string? SiteKey, string? SiteName);

/// <summary>
/// A user's own inbox. A notice shows to its recipient only, and only while they may still see its site (a role
/// there, or an administrator): a notice of a site they left is hidden, not deleted, and shows again if they
/// return. Every question here is one of the user's rows, so another user's notice is simply not found.
/// </summary>
internal sealed class Inbox(FcpsDbContext db, TimeProvider time, UnreadCounts unread)
{
    public async Task<int> UnreadAsync(string userId, CancellationToken cancellationToken) =>
        await unread.GetAsync(userId, ct => CountUnreadAsync(userId, ct), cancellationToken);

    /// <summary>Counted now, not kept: <see cref="UnreadAsync"/> and the header keep it.</summary>
    public Task<int> CountUnreadAsync(string userId, CancellationToken cancellationToken) =>
        Visible(userId).CountAsync(n => n.ReadAt == null, cancellationToken);

    /// <summary>Newest first; <paramref name="unreadOnly"/> leaves read ones out; <paramref name="search"/> looks in the subjects.</summary>
    public async Task<(List<InboxItem> Items, int Matching)> PageAsync(string userId, bool unreadOnly, string? search, int page, int size, CancellationToken cancellationToken)
    {
        var rows = Visible(userId);
        if (unreadOnly)
        {
            rows = rows.Where(n => n.ReadAt == null);
        }

        if (search is not null)
        {
            rows = rows.Where(n => n.Subject.Contains(search));
        }

        var matching = await rows.CountAsync(cancellationToken);
        var items = await WithSites(rows.OrderByDescending(n => n.Id).Skip((page - 1) * size).Take(size)).ToListAsync(cancellationToken);
        return (items, matching);
    }

    /// <summary>Newest first, before the notice <paramref name="before"/> when given: the API's pages, stable while notices arrive.</summary>
    public Task<List<InboxItem>> ListBeforeAsync(string userId, bool unreadOnly, long? before, int limit, CancellationToken cancellationToken)
    {
        var rows = Visible(userId).Where(n => before == null || n.Id < before);
        if (unreadOnly)
        {
            rows = rows.Where(n => n.ReadAt == null);
        }

        return WithSites(rows.OrderByDescending(n => n.Id).Take(limit)).ToListAsync(cancellationToken);
    }

    public Task<int> TotalAsync(string userId, CancellationToken cancellationToken) => Visible(userId).CountAsync(cancellationToken);

    /// <summary>Marks one of the user's visible notices read; false when there is no such notice for them (another user's included).</summary>
    public async Task<bool> MarkReadAsync(string userId, string userName, long id, CancellationToken cancellationToken)
    {
        var notice = await Visible(userId).Where(n => n.Id == id).Select(n => new { n.ReadAt, n.Key, n.SiteId }).SingleOrDefaultAsync(cancellationToken);
        if (notice is null)
        {
            return false;
        }

        if (notice.ReadAt is null)
        {
            var now = time.GetUtcNow();
            await db.InboxNotices.Where(n => n.Id == id && n.UserId == userId && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
            await AuditAsync(userId, userName, notice.Key, now, cancellationToken);
        }

        return true;
    }

    /// <summary>Marks every visible unread notice of the user read; how many were.</summary>
    public async Task<int> MarkAllReadAsync(string userId, string userName, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var ids = await Visible(userId).Where(n => n.ReadAt == null).Select(n => n.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        var marked = await db.InboxNotices.Where(n => n.UserId == userId && n.ReadAt == null && ids.Contains(n.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        await AuditAsync(userId, userName, $"all ({marked})", now, cancellationToken);
        return marked;
    }

    private IQueryable<InboxItem> WithSites(IQueryable<InboxNotice> rows)
    {
        var sites = db.Sites;
        return rows.Select(n => new InboxItem(
            n,
            sites.Where(s => s.Id == n.SiteId).Select(s => s.Key).FirstOrDefault(),
            sites.Where(s => s.Id == n.SiteId).Select(s => s.Name).FirstOrDefault()));
    }

    /// <summary>The rows <paramref name="userId"/> may see: theirs, of no site or of a site they still hold a role at (administrators: every site).</summary>
    private IQueryable<InboxNotice> Visible(string userId)
    {
        var members = db.SiteMembers;
        var users = db.Users;
        return db.InboxNotices.AsNoTracking().Where(n => n.UserId == userId
            && (n.SiteId == null
                || members.Any(m => m.SiteId == n.SiteId && m.UserId == userId)
                || users.Any(u => u.Id == userId && u.IsAdministrator)));
    }

    /// <summary>What a user has read is theirs, recorded like their sign-ins: installation-wide, no site's log.</summary>
    private async Task AuditAsync(string userId, string userName, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        unread.Forget(userId);
        db.AuditEntries.Add(new AuditEntry { At = now, UserId = userId, UserName = userName, Action = "read", Section = "inbox", Key = key.Length > 200 ? key[..200] : key });
        await db.SaveChangesAsync(cancellationToken);
    }
}
