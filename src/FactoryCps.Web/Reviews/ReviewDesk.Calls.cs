using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Reviews;

/// <summary>The last recorded review as the calls read it: which one, when it was recorded and the next date it set.</summary>
internal sealed record LastClosedReview(long Id, int Number, DateTimeOffset ClosedAt, DateOnly NextReview);

internal sealed partial class ReviewDesk
{
    /// <summary>
    /// The newest recorded review's dates, without its snapshot: the calls are read on every rendering of the dashboard
    /// and the reviews page, and a large site's snapshot is megabytes; its objectives are read once per review (<see cref="SnapshotAsync"/>).
    /// </summary>
    public Task<LastClosedReview?> LastClosedAsync(int siteId, CancellationToken cancellationToken = default) =>
        db.Reviews.AsNoTracking()
            .Where(r => r.SiteId == siteId && r.State == ReviewRecord.Closed)
            .OrderByDescending(r => r.Number)
            .Select(r => new LastClosedReview(r.Id, r.Number, r.ClosedAt!.Value, r.NextReview))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The model's snapshot a recorded review kept (its JSON document), or null.</summary>
    public Task<string?> SnapshotAsync(long reviewId, CancellationToken cancellationToken = default) =>
        db.Reviews.AsNoTracking().Where(r => r.Id == reviewId).Select(r => r.Snapshot).SingleOrDefaultAsync(cancellationToken);
}
