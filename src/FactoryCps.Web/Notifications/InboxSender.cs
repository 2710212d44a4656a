using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FactoryCps.Web.Notifications;

/// <summary>
/// Puts a notice in its recipients' inboxes through a context of its own (the caller's unsaved changes are not
/// saved with it; call it after your change is committed), and marks its e-mail pending when a relay is configured.
/// A recipient already holding the key is skipped; when another server inserts the same key meanwhile, the unique
/// index refuses the second row and that refusal is the notice already delivered, not an error.
/// </summary>
internal sealed class InboxSender(
    IServiceScopeFactory scopes, TimeProvider time, IOptionsMonitor<SmtpSettings> smtp, UnreadCounts unread, MailSignal mail) : INoticeSender
{
    public async Task SendAsync(Notice notice, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        Check(notice);
        var recipients = userIds.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).ToList();
        if (recipients.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        // A user deleted since the feature chose them has no inbox; the notice for them is dropped.
        var existing = await db.Users.Where(u => recipients.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken);
        var holding = await db.InboxNotices.Where(n => n.Key == notice.Key && existing.Contains(n.UserId)).Select(n => n.UserId).ToListAsync(cancellationToken);
        var fresh = existing.Except(holding, StringComparer.Ordinal).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        var mailed = smtp.CurrentValue.Configured;
        var now = time.GetUtcNow();
        db.InboxNotices.AddRange(fresh.Select(id => Row(notice, id, now, mailed)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await OneByOneAsync(db, notice, fresh, now, mailed, cancellationToken);
        }

        foreach (var id in fresh)
        {
            unread.Forget(id);
        }

        if (mailed)
        {
            mail.Wake();
        }
    }

    /// <summary>After a refused batch: each row alone, a refusal being harmless when the recipient now holds the key.</summary>
    private static async Task OneByOneAsync(FcpsDbContext db, Notice notice, List<string> userIds, DateTimeOffset now, bool mailed, CancellationToken cancellationToken)
    {
        foreach (var id in userIds)
        {
            db.InboxNotices.Add(Row(notice, id, now, mailed));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same notice, inserted by another server or request at the same moment, is no error; anything else is.
                if (!await HoldsAsync(db, id, notice.Key, cancellationToken))
                {
                    throw;
                }
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private static Task<bool> HoldsAsync(FcpsDbContext db, string userId, string key, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return db.InboxNotices.AnyAsync(n => n.UserId == userId && n.Key == key, cancellationToken);
    }

    private static InboxNotice Row(Notice notice, string userId, DateTimeOffset now, bool mailed) => new()
    {
        UserId = userId,
        Kind = notice.Kind,
        SiteId = notice.SiteId,
        Subject = notice.Subject.Length > NoticeLimits.Subject ? notice.Subject[..(NoticeLimits.Subject - 1)] + "…" : notice.Subject,
        Link = notice.Link,
        Key = notice.Key,
        Due = notice.Due,
        CreatedAt = now,
        MailState = mailed ? MailState.Pending : MailState.None,
        MailNextAt = mailed ? now.ToUnixTimeMilliseconds() : null,
    };

    /// <summary>A feature's mistake, refused at once rather than stored: the words, the key and the link must be usable.</summary>
    private static void Check(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (string.IsNullOrWhiteSpace(notice.Kind) || notice.Kind.Length > NoticeLimits.Kind)
        {
            throw new ArgumentException($"A notice's kind is 1..{NoticeLimits.Kind} characters.", nameof(notice));
        }

        if (string.IsNullOrWhiteSpace(notice.Key) || notice.Key.Length > NoticeLimits.Key)
        {
            throw new ArgumentException($"A notice's key is 1..{NoticeLimits.Key} characters.", nameof(notice));
        }

        if (!NoticeLinks.IsLocalPath(notice.Link))
        {
            throw new ArgumentException($"A notice's link is a path of this application (/…, at most {NoticeLimits.Link} characters), never an address.", nameof(notice));
        }
    }
}
