using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Reviews;
using FactoryCps.Web.Sites;
using Microsoft.Extensions.Caching.Memory;

namespace FactoryCps.Web.Reviews;

/// <summary>
/// A review's inputs (the core's <see cref="ReviewInputGathering"/>) from the store: the period runs from the previous
/// closed review to this one's closing (an open review: to now), the model is compared with the previous review's
/// snapshot, and a closed review compares with its own snapshot, so its inputs stay what the meeting saw. A snapshot
/// never changes, so its loaded model is kept by the review's id.
/// </summary>
internal sealed class ReviewInputsReader(ReviewDesk desk, ReviewHistoryReader history, SiteAnalysis analysis, GuidelineCatalog catalog, TimeProvider time, IMemoryCache cache)
{
    public async Task<ReviewInputs?> ReadAsync(SiteEntity site, ReviewRecord review, CancellationToken cancellationToken = default)
    {
        var previous = await desk.PreviousClosedAsync(site.Id, review.Number, cancellationToken);
        var to = review.ClosedAt ?? time.GetUtcNow();
        var day = review.IsClosed ? review.HeldOn : analysis.Today;
        var current = review.IsClosed
            ? Snapshot(review) is { } own ? ModelAnalyzer.Analyze(own, day) : null
            : await analysis.AnalyzeAsync(site, cancellationToken);
        if (current is null)
        {
            return null;
        }

        var before = previous is null ? null : Snapshot(previous) is { } old ? ModelAnalyzer.Analyze(old, day) : null;
        var period = new ReviewPeriod(previous?.ClosedAt, to, review.NextReview);
        return ReviewInputGathering.Gather(period, before, current, await history.ReadAsync(site, cancellationToken: cancellationToken), catalog);
    }

    /// <summary>The model a closed review kept, loaded once; null when it kept none or the catalogue no longer reads it.</summary>
    private LoadedModel? Snapshot(ReviewRecord review) =>
        review.Snapshot is null ? null
            : cache.GetOrCreate((nameof(ReviewInputsReader), review.Id, catalog), entry =>
            {
                entry.Size = 1;
                entry.SlidingExpiration = TimeSpan.FromMinutes(10);
                return ModelLoader.LoadText(review.Snapshot, $"review-{review.Number}.json", catalog).Loaded;
            });
}
