using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Reviews;
using FactoryCps.Web.Sites;
using Microsoft.Extensions.Caching.Memory;

namespace FactoryCps.Web.Reviews;

/// <summary>
/// Whether a site's review is called for now (the core's <see cref="ReviewDue"/>): from its last closed review (the
/// objectives its snapshot had), the model as it is and the lifecycle's history. The dashboard shows the calls as
/// findings and the reminder schedule sends them to the inbox.
/// </summary>
internal sealed class ReviewCalls(ReviewDesk desk, ReviewHistoryReader history, SiteAnalysis analysis, GuidelineCatalog catalog, IMemoryCache cache)
{
    public async Task<IReadOnlyList<ReviewCall>> CallsAsync(SiteEntity site, CancellationToken cancellationToken = default)
    {
        if (await analysis.AnalyzeAsync(site, cancellationToken) is not { } analyzed)
        {
            return [];
        }

        var last = await desk.LastClosedAsync(site.Id, cancellationToken);
        var lastReview = last is null ? null : new LastReview(last.ClosedAt, last.NextReview, await ObjectivesAsync(last, cancellationToken));
        return ReviewDue.Calls(lastReview, analysis.Today, DateOnly.FromDateTime(site.CreatedAt.UtcDateTime), analyzed.Model, await history.ReadAsync(site, forCalls: true, cancellationToken));
    }

    /// <summary>The objectives a review's snapshot had (none when it kept no snapshot): the snapshot read and loaded once per review, not per call.</summary>
    private async Task<IReadOnlySet<string>> ObjectivesAsync(LastClosedReview review, CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync((nameof(ReviewCalls), review.Id, catalog), async entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromMinutes(10);
            var snapshot = await desk.SnapshotAsync(review.Id, cancellationToken);
            var loaded = snapshot is null ? null : ModelLoader.LoadText(snapshot, $"review-{review.Number}.json", catalog).Loaded;
            return (IReadOnlySet<string>)(loaded?.Model.Objectives.Select(o => o.Id).ToHashSet(StringComparer.Ordinal) ?? []);
        }))!;
}
