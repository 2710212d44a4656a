namespace FactoryCps.Plans;

/// <summary>How an item from outside the countermeasure plan is placed in the combined ranking.</summary>
internal enum ExternalPlanKind
{
    /// <summary>Weighed in the plan's unit (a supplier's open point: the risk at stake where the supply is used).</summary>
    Weighed,

    /// <summary>No risk figure, only a due date the people set (a PDCA review's action): placed by that date.</summary>
    Dated,
}

/// <summary>
/// An action from outside the countermeasure plan: a supplier's open point with its score in the plan's unit, or a
/// review's action placed by its due date (<see cref="Dated"/>).
/// </summary>
internal sealed record ExternalPlanItem<T>(T Item, int Score, bool Blocking, DateOnly? Due, long Order)
{
    public ExternalPlanKind Kind { get; init; } = ExternalPlanKind.Weighed;

    /// <summary>An item with no risk figure, placed by its due date (<see cref="CombinedPlan.DatedSoonDays"/>).</summary>
    public static ExternalPlanItem<T> Dated(T item, DateOnly? due, long order) => new(item, 0, false, due, order) { Kind = ExternalPlanKind.Dated };
}

/// <summary>One row of the combined list: a countermeasure of the plan or an external item, never both.</summary>
internal sealed record CombinedPlanEntry<T>(int Rank, int Score, PlanAction? Countermeasure, ExternalPlanItem<T>? External);

/// <summary>
/// The plan's countermeasures, the supplier actions and the review actions in one ranked list. The weighed items go
/// by score (a countermeasure's risk reduced, a supplier action's weighted risk at stake): higher first; at equal
/// score a blocking supplier action, then the countermeasures in the plan's own order, then the other supplier
/// actions, earliest due first. A review's action has no risk figure to weigh against them, only the date the
/// review committed to: due within <see cref="DatedSoonDays"/> days or overdue, it heads the list (earliest due
/// first: a decision of management whose date has come); otherwise it follows the weighed items, earliest due
/// first, undated last.
/// </summary>
internal static class CombinedPlan
{
    /// <summary>How near its due date a review's action moves to the head of the plan: two weeks, one meeting's notice.</summary>
    public const int DatedSoonDays = 14;

    public static IReadOnlyList<CombinedPlanEntry<T>> Merge<T>(IReadOnlyList<PlanAction> plan, IEnumerable<ExternalPlanItem<T>> external, DateOnly today) =>
    [
        .. plan.Select(a => new Candidate<T>(1, a.RiskReduced, 1, DateOnly.MinValue, a.Rank, a, null))
            .Concat(external.Select(e => Place(e, today)))
            .OrderBy(c => c.Band)
            .ThenByDescending(c => c.Score)
            .ThenBy(c => c.Tier)
            .ThenBy(c => c.Due)
            .ThenBy(c => c.Order)
            .Select((c, i) => new CombinedPlanEntry<T>(i + 1, c.Score, c.Plan, c.External)),
    ];

    /// <summary>Band: 0 a review's action due soon or overdue, 1 the weighed items, 2 the other review actions.</summary>
    private static Candidate<T> Place<T>(ExternalPlanItem<T> e, DateOnly today)
    {
        var due = e.Due ?? DateOnly.MaxValue;
        if (e.Kind == ExternalPlanKind.Dated)
        {
            var soon = e.Due is { } d && d <= today.AddDays(DatedSoonDays);
            return new Candidate<T>(soon ? 0 : 2, 0, 0, due, e.Order, null, e);
        }

        return new Candidate<T>(1, e.Score, e.Blocking ? 0 : 2, due, e.Order, null, e);
    }

    /// <summary>Tier: 0 blocking supplier action, 1 countermeasure, 2 other supplier action (the tie-break at equal score).</summary>
    private sealed record Candidate<T>(int Band, int Score, int Tier, DateOnly Due, long Order, PlanAction? Plan, ExternalPlanItem<T>? External);
}
