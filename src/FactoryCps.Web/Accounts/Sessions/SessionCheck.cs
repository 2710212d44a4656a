using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Accounts.Sessions;

/// <summary>
/// Whether a cookie's session is still open, asked on every signed-in request. A session found open is believed for
/// <see cref="TrustFor"/> without asking the database again (one row by its key when it does ask), and its last-seen
/// time is written at most once per <see cref="SeenEvery"/>: the dashboard, benchmarked, pays neither a query nor a
/// write per request. Ending a session on this server forgets it here at once; another server of the same database
/// (PostgreSQL) notices within <see cref="TrustFor"/>.
/// </summary>
internal sealed class SessionCheck(TimeProvider time)
{
    public static readonly TimeSpan TrustFor = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan SeenEvery = TimeSpan.FromMinutes(1);

    /// <summary>A bound on remembered sessions; past it the memory starts again (each session is read once more).</summary>
    private const int MaxRemembered = 10_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _openAt = new(StringComparer.Ordinal);

    public async Task<bool> IsOpenAsync(FcpsDbContext db, string id, string owner, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_openAt.TryGetValue(id, out var checkedAt) && now - checkedAt < TrustFor && now >= checkedAt)
        {
            return true;
        }

        var row = await db.SignInSessions().AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.Owner, s.EndedAt, s.LastSeenAt }).SingleOrDefaultAsync(cancellationToken);
        if (row is null || row.EndedAt is not null || row.Owner != owner)
        {
            _openAt.TryRemove(id, out _);
            return false;
        }

        if (now - row.LastSeenAt >= SeenEvery)
        {
            // Plain SQL (quoted names read the same in SQLite and PostgreSQL) led by the comment that tells the
            // dashboards' cache that nothing it shows changed.
            await db.Database.ExecuteSqlAsync(
                FormattableStringFactory.Create("-- " + DataWrites.NotShownTag + "\nUPDATE \"SignInSessions\" SET \"LastSeenAt\" = {0} WHERE \"Id\" = {1} AND \"EndedAt\" IS NULL", now, id),
                cancellationToken);
        }

        if (_openAt.Count >= MaxRemembered)
        {
            _openAt.Clear();
        }

        _openAt[id] = now;
        return true;
    }

    /// <summary>An ended session is asked about again at its next request, and found ended.</summary>
    public void Forget(string id) => _openAt.TryRemove(id, out _);
}
