using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Diffs;
using FactoryCps.Reviews;
using FactoryCps.Web.Sites;
using Microsoft.Extensions.Caching.Memory;

namespace FactoryCps.Web.Reviews;

/// <summary>
/// A review's inputs (the core's <see cref="ReviewInputGathering"/>) from the store: the period runs from the previous
/// closed review to this one's closing (an open review: to now), the model is compared with the previous review's
/// snapshot, and a closed review compares with its own snapshot, so its inputs stay what the meeting saw. A snapshot
/// never changes, so its analysis is kept by the review's id and the day: on a site of 10,000 assets it is as costly
/// as the site's own analysis, and every open of a review needs the previous one's.
/// </summary>
internal sealed class ReviewInputsReader(ReviewDesk desk, ReviewHistoryReader history, SiteAnalysis analysis, GuidelineCatalog catalog, TimeProvider time, IMemoryCache cache)
{
    public async Task<ReviewInputs?> ReadAsync(SiteEntity site, ReviewRecord review, CancellationToken cancellationToken = default)
    {
        var previous = await desk.PreviousClosedAsync(site.Id, review.Number, cancellationToken);
        var to = review.ClosedAt ?? time.GetUtcNow();
        var day = review.IsClosed ? review.HeldOn : analysis.Today;
        var current = review.IsClosed ? SnapshotAnalysis(review, day) : await analysis.AnalyzeAsync(site, cancellationToken);
        if (current is null)
        {
            return null;
        }

        var before = previous is null ? null : SnapshotAnalysis(previous, day);
        var period = new ReviewPeriod(previous?.ClosedAt, to, review.NextReview);
        var diff = before is null ? null
            : cache.GetOrCreate((nameof(ModelDiff), previous!.Id, review.IsClosed ? -review.Id : site.ModelRevision, day, catalog), entry =>
            {
                // The model's side is the closed review's own snapshot or the site's revision: either never changes.
                entry.Size = 1;
                entry.SlidingExpiration = TimeSpan.FromMinutes(10);
                return ModelDiffer.Compare(before, current);
            });
        return ReviewInputGathering.Gather(period, before, current, await history.ReadAsync(site, cancellationToken: cancellationToken), catalog, diff);
    }

    /// <summary>The model a closed review kept, analysed on <paramref name="day"/>; null when it kept none or the catalogue no longer reads it.</summary>
    private AnalysisResult? SnapshotAnalysis(ReviewRecord review, DateOnly day) =>
        review.Snapshot is null ? null
            : cache.GetOrCreate((nameof(ReviewInputsReader), review.Id, day, catalog), entry =>
            {
                entry.Size = 1;
                entry.SlidingExpiration = TimeSpan.FromMinutes(10);
                return ModelLoader.LoadText(review.Snapshot, $"review-{review.Number}.json", catalog).Loaded is { } loaded ? ModelAnalyzer.Analyze(loaded, day) : null;
            });
}
