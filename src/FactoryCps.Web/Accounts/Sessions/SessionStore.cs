using System.Globalization;
using System.Security.Cryptography;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Accounts.Sessions;

/// <summary>Why a session ended, as stored and audited.</summary>
internal static class SessionEnd
{
    public const string SignOut = "sign-out";
    public const string Ended = "ended";
    public const string Password = "password";
    public const string Reset = "reset";
    public const string Disabled = "disabled";
}

/// <summary>
/// The sign-in sessions of staff users and supplier accounts: opened at sign-in, listed for their owner, ended by
/// signing out, from another of the owner's sessions, or by a password change or reset. Every end but a sign-out
/// is audited (the installation's log for staff, the supplier's site's log for a supplier account).
/// </summary>
internal sealed class SessionStore(FcpsDbContext db, SessionCheck check, TimeProvider time)
{
    public const string AuditSection = "sessions";

    /// <summary>How long a sign-in cookie lives unused (staff and portal alike): a session idle longer has expired.</summary>
    public static readonly TimeSpan IdleLimit = TimeSpan.FromHours(8);

    /// <summary>The session's owner for a staff user.</summary>
    public static string StaffOwner(string userId) => "user:" + userId;

    /// <summary>The session's owner for a supplier account.</summary>
    public static string SupplierOwner(int accountId) => "supplier-account:" + accountId.ToString(CultureInfo.InvariantCulture);

    public async Task<string> StartAsync(string owner, HttpContext context)
    {
        var now = time.GetUtcNow();
        var session = new SignInSession
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            Owner = owner,
            CreatedAt = now,
            LastSeenAt = now,
            Browser = BrowserSummary.Of(context.Request.Headers.UserAgent.ToString()),
            Address = context.Connection.RemoteIpAddress?.ToString() is { } address ? address[..Math.Min(address.Length, 64)] : null,
        };
        db.SignInSessions().Add(session);
        await db.SaveChangesAsync(context.RequestAborted);
        return session.Id;
    }

    /// <summary>
    /// The owner's open sessions, the most recently used first; one unused for longer than a cookie lives
    /// (<see cref="IdleLimit"/>) is over without a sign-out and not listed. Filtered and sorted here: SQLite cannot
    /// compare or order DateTimeOffsets, and an owner has few rows.
    /// </summary>
    public async Task<List<SignInSession>> OpenAsync(string owner, CancellationToken cancellationToken = default)
    {
        var since = time.GetUtcNow() - IdleLimit;
        return [.. (await db.SignInSessions().AsNoTracking().Where(s => s.Owner == owner && s.EndedAt == null).ToListAsync(cancellationToken))
            .Where(s => s.LastSeenAt > since).OrderByDescending(s => s.LastSeenAt).ThenByDescending(s => s.CreatedAt)];
    }

    public Task<bool> IsOpenAsync(string owner, string id, CancellationToken cancellationToken = default) =>
        check.IsOpenAsync(db, id, owner, cancellationToken);

    /// <summary>Ends one of the owner's sessions; false when it is not theirs or already ended. Audited unless a sign-out.</summary>
    public async Task<bool> EndAsync(string owner, string id, string because, Actor actor, int? auditSiteId, CancellationToken cancellationToken = default) =>
        await EndWhereAsync(owner, s => s.Id == id, because, actor, auditSiteId, cancellationToken) > 0;

    /// <summary>
    /// Ends every open session of the owner but <paramref name="keep"/> (the one asking, or null for all): "end all
    /// others", and what a password change or reset does. Returns how many ended.
    /// </summary>
    public Task<int> EndAllExceptAsync(string owner, string? keep, string because, Actor actor, int? auditSiteId, CancellationToken cancellationToken = default) =>
        EndWhereAsync(owner, s => s.Id != keep, because, actor, auditSiteId, cancellationToken);

    private async Task<int> EndWhereAsync(string owner, System.Linq.Expressions.Expression<Func<SignInSession, bool>> which, string because, Actor actor, int? auditSiteId, CancellationToken cancellationToken)
    {
        var ending = await db.SignInSessions().Where(s => s.Owner == owner && s.EndedAt == null).Where(which).ToListAsync(cancellationToken);
        if (ending.Count == 0)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        foreach (var session in ending)
        {
            session.EndedAt = now;
            session.EndedBecause = because;
            if (because != SessionEnd.SignOut)
            {
                // The id is the session's name in the cookie: the log keeps only its first characters.
                db.AuditEntries.Add(new AuditEntry
                {
                    SiteId = auditSiteId,
                    At = now,
                    UserId = actor.UserId,
                    UserName = actor.UserName,
                    Action = "end",
                    Section = AuditSection,
                    Key = owner + "/" + session.Id[..8],
                    Before = null,
                    After = System.Text.Json.JsonSerializer.Serialize(new { because, browser = session.Browser, address = session.Address, created = session.CreatedAt }),
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var session in ending)
        {
            check.Forget(session.Id);
        }

        return ending.Count;
    }
}
