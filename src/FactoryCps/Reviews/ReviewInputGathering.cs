using FactoryCps.Analysis;
using FactoryCps.Cases;
using FactoryCps.Catalog;
using FactoryCps.Diffs;
using FactoryCps.Findings;
using FactoryCps.Model;

namespace FactoryCps.Reviews;

/// <summary>
/// Gathers a review's inputs for its period. Each lifecycle fact is taken by the time it happened, so the same history
/// gives each review exactly what happened since the one before; the model is compared with its snapshot at the
/// previous review, both analysed for the review's day so that a finding that only the date changes is not counted.
/// </summary>
internal static class ReviewInputGathering
{
    /// <summary>
    /// The inputs from the model as it was at the previous review (<paramref name="snapshot"/>; null at the first
    /// review) and as it is now (<paramref name="current"/>), both analysed for the review's day, and the lifecycle's history.
    /// <paramref name="knownDiff"/> is their comparison when the caller kept it: on a large site it is the costly part.
    /// </summary>
    public static ReviewInputs Gather(ReviewPeriod period, AnalysisResult? snapshot, AnalysisResult current, ReviewHistory history, GuidelineCatalog catalog, ModelDiff? knownDiff = null)
    {
        var diff = snapshot is null ? null : knownDiff ?? ModelDiffer.Compare(snapshot, current);
        // The findings themselves (with their sentences), taken from the side that has them: an opened one from now,
        // a closed one from the snapshot.
        var opened = diff is null ? [.. current.Findings] : Pick(current.Findings, diff.Findings, "added");
        var closed = diff is null ? [] : Pick(snapshot!.Findings, diff.Findings, "removed");

        var casesOpened = history.Cases.Where(c => period.Contains(c.OpenedAt)).OrderBy(c => c.OpenedAt).ToList();
        var casesClosed = history.Cases.Where(c => c.ClosedAt is { } at && period.Contains(at)).OrderBy(c => c.ClosedAt).ToList();
        var casesOverdue = history.Cases.Where(c => c.OverdueAt(period.To)).OrderBy(c => c.DueAt).ToList();
        var counts = CaseSeverities.All
            .Select(s => new CaseCounts(s, casesOpened.Count(c => c.Severity == s), casesClosed.Count(c => c.Severity == s), casesOverdue.Count(c => c.Severity == s)))
            .ToList();

        return new ReviewInputs(
            period,
            diff,
            diff is null ? [] : Named(diff.Elements, snapshot!.Model, current.Model),
            opened,
            closed,
            snapshot is null ? [] : StatusMoves(snapshot.Model, current.Model),
            counts,
            casesOpened,
            casesClosed,
            casesOverdue,
            [.. history.Matches.Where(m => period.Contains(m.MatchedAt)).OrderBy(m => m.MatchedAt)],
            [.. history.SupplierReviews.Where(r => period.Contains(r.ClosedAt)).OrderBy(r => r.ClosedAt)],
            [.. history.SupplierActions.Where(a => a.OpenAt(period.To)).OrderByDescending(a => a.Blocking).ThenBy(a => a.Due ?? DateOnly.MaxValue)],
            AssessmentMoveIn(period, history.Rounds),
            UpcomingDates(period, current.Model, catalog),
            BcpOf(current.Model));
    }

    /// <summary>The re-check's state by the same rule as the findings <c>bcp-not-reviewed</c> and <c>bcp-older-than-objective</c>.</summary>
    public static BcpCheck BcpOf(FactoryModel model)
    {
        var newest = model.Objectives.Select(o => o.Since).Where(s => s is not null).Max();
        var state = model.Bcp.Reviewed is not { } reviewed ? BcpState.NeverReviewed
            : newest is { } since && reviewed < since ? BcpState.OlderThanObjective
            : BcpState.Current;
        return new BcpCheck(state, model.Bcp.Reviewed, newest);
    }

    /// <summary>Each changed element named from the side that still has it: a removed one by the snapshot's name.</summary>
    private static List<NamedElementChange> Named(IReadOnlyList<ElementChange> elements, FactoryModel before, FactoryModel after)
    {
        var (old, now) = (Names(before), Names(after));
        return [.. elements.Select(e => new NamedElementChange(e.List, e.Id, e.Change, (e.Change == "removed" ? old : now).GetValueOrDefault((e.List, e.Id))))];
    }

    private static Dictionary<(string List, string Id), string> Names(FactoryModel model)
    {
        IEnumerable<(string List, ModelElement Element)> elements =
        [
            .. model.Objectives.Select(e => ("objectives", (ModelElement)e)), .. model.Stakeholders.Select(e => ("stakeholders", (ModelElement)e)),
            .. model.Operations.Select(e => ("operations", (ModelElement)e)), .. model.Assets.Select(e => ("assets", (ModelElement)e)),
            .. model.Zones.Select(e => ("zones", (ModelElement)e)), .. model.Externals.Select(e => ("externals", (ModelElement)e)),
            .. model.Conduits.Select(e => ("conduits", (ModelElement)e)), .. model.DataFlows.Select(e => ("dataFlows", (ModelElement)e)),
        ];
        return elements.Where(p => !string.IsNullOrWhiteSpace(p.Element.Name)).DistinctBy(p => (p.List, p.Element.Id)).ToDictionary(p => (p.List, p.Element.Id), p => p.Element.Name!);
    }

    private static List<Finding> Pick(IReadOnlyList<Finding> findings, IReadOnlyList<FindingChange> changes, string change)
    {
        var keys = changes.Where(c => c.Change == change).Select(c => (c.Finding, c.Subject)).ToHashSet();
        return [.. findings.Where(f => keys.Contains((f.Id, f.Subject)))];
    }

    private static List<StatusMove> StatusMoves(FactoryModel before, FactoryModel after)
    {
        var old = before.Countermeasures.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var now = after.Countermeasures.ToDictionary(s => s.Key, StringComparer.Ordinal);
        return
        [
            .. now.Values
                .Where(s => !old.TryGetValue(s.Key, out var o) || o.Status != s.Status)
                .Select(s => new StatusMove(s.Key, s.Id, s.Scope, old.GetValueOrDefault(s.Key)?.Status, s.Status))
                .Concat(old.Values.Where(s => !now.ContainsKey(s.Key)).Select(s => new StatusMove(s.Key, s.Id, s.Scope, s.Status, null)))
                .OrderBy(m => m.Key, StringComparer.Ordinal),
        ];
    }

    private static AssessmentMove? AssessmentMoveIn(ReviewPeriod period, IReadOnlyList<RoundFact> rounds)
    {
        var byClose = rounds.OrderBy(r => r.ClosedAt).ThenBy(r => r.Number).ToList();
        var latest = byClose.LastOrDefault(r => period.Contains(r.ClosedAt));
        return latest is null ? null : new AssessmentMove(latest, byClose.LastOrDefault(r => r.ClosedAt < latest.ClosedAt || (r.ClosedAt == latest.ClosedAt && r.Number < latest.Number)));
    }

    /// <summary>Dates of the catalogue requirements the model says apply, in the next period.</summary>
    private static List<UpcomingDate> UpcomingDates(ReviewPeriod period, FactoryModel model, GuidelineCatalog catalog)
    {
        var applying = model.Requirements.Where(r => r.Applies).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. catalog.Requirements
                .Where(r => applying.Contains(r.Id))
                .SelectMany(r => r.Dates.Where(d => period.AheadContains(d.Date)).Select(d => new UpcomingDate(r.Id, r.Title, d.Date, d.Event)))
                .OrderBy(d => d.Date)
                .ThenBy(d => d.Requirement, StringComparer.Ordinal),
        ];
    }
}
