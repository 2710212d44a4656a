namespace FactoryCps.Plans;

/// <summary>An action from outside the countermeasure plan (a supplier's open point) with its score in the plan's unit.</summary>
internal sealed record ExternalPlanItem<T>(T Item, int Score, bool Blocking, DateOnly? Due, long Order);

/// <summary>One row of the combined list: a countermeasure of the plan or an external item, never both.</summary>
internal sealed record CombinedPlanEntry<T>(int Rank, int Score, PlanAction? Countermeasure, ExternalPlanItem<T>? External);

/// <summary>
/// The plan's countermeasures and the supplier actions in one ranked list: higher score first (a countermeasure's
/// risk reduced, a supplier action's weighted risk at stake); at equal score a blocking supplier action, then the
/// countermeasures in the plan's own order, then the other supplier actions, earliest due first.
/// </summary>
internal static class CombinedPlan
{
    public static IReadOnlyList<CombinedPlanEntry<T>> Merge<T>(IReadOnlyList<PlanAction> plan, IEnumerable<ExternalPlanItem<T>> external) =>
    [
        .. plan.Select(a => new Candidate<T>(a.RiskReduced, 1, DateOnly.MinValue, a.Rank, a, null))
            .Concat(external.Select(e => new Candidate<T>(e.Score, e.Blocking ? 0 : 2, e.Due ?? DateOnly.MaxValue, e.Order, null, e)))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Tier)
            .ThenBy(c => c.Due)
            .ThenBy(c => c.Order)
            .Select((c, i) => new CombinedPlanEntry<T>(i + 1, c.Score, c.Plan, c.External)),
    ];

    /// <summary>Tier: 0 blocking supplier action, 1 countermeasure, 2 other supplier action (the tie-break at equal score).</summary>
    private sealed record Candidate<T>(int Score, int Tier, DateOnly Due, long Order, PlanAction? Plan, ExternalPlanItem<T>? External);
}
