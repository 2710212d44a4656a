using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Audit;

/// <summary>Reading a site's audit log, newest first. There is no way to change it here: the log is append-only.</summary>
internal sealed class AuditLog(FcpsDbContext db)
{
    public const int PageSize = 100;

    public Task<List<AuditEntry>> PageAsync(int siteId, long? before, int limit, CancellationToken cancellationToken = default) =>
        db.AuditEntries.AsNoTracking()
            .Where(e => e.SiteId == siteId && (before == null || e.Id < before))
            .OrderByDescending(e => e.Id)
            .Take(Math.Clamp(limit, 1, 1000))
            .ToListAsync(cancellationToken);

    /// <summary>All entries, oldest first, streamed: an export may be large.</summary>
    public IAsyncEnumerable<AuditEntry> AllAsync(int siteId) =>
        db.AuditEntries.AsNoTracking().Where(e => e.SiteId == siteId).OrderBy(e => e.Id).AsAsyncEnumerable();
}
