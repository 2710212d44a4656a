using FactoryCps.Analysis;

namespace FactoryCps.Plans;

internal static class PlanBuilder
{
    /// <summary>Missing is worse than planned, planned than partial: the order gaps are worked in at equal risk.</summary>
    private static readonly string[] StatusOrder = ["missing", "planned", "partial"];

    public static SecurityPlan Build(AnalysisResult analysis)
    {
        var policies = analysis.Zones.Select(zone =>
        {
            var threats = analysis.Threats.Where(t => t.Zone == zone.Id).ToList();
            var required = threats.SelectMany(t => t.Countermeasures).DistinctBy(c => c.Id).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
            return new ZonePolicy(zone.Id, zone.Name, zone.Importance.Value, zone.TargetLevel.Value, [.. threats.Select(t => t.Threat).Distinct()], required);
        }).ToList();

        var gaps = analysis.Threats
            .Where(t => !t.Covered)
            .SelectMany(t => t.Countermeasures.Where(c => StatusOrder.Contains(c.Status)).Select(c => (Threat: t, State: c)))
            .GroupBy(p => p.State.Id, StringComparer.Ordinal);

        var actions = gaps
            .Select(g =>
            {
                var states = g.Select(p => p.State).ToList();
                var worst = states.MinBy(s => Array.IndexOf(StatusOrder, s.Status))!;
                var recorded = states.FirstOrDefault(s => s.Recorded);
                var threats = g.Select(p => p.Threat).DistinctBy(t => (t.Threat, t.Zone)).ToList();
                return new PlanAction(
                    0,
                    g.Key,
                    worst.Status,
                    [.. threats.Select(t => t.Zone ?? "site").Distinct().Order(StringComparer.Ordinal)],
                    [.. threats.Select(t => t.Threat).Distinct()],
                    threats.Sum(t => t.Risk.Score),
                    threats.MaxBy(t => t.Risk.Score)?.Risk.Grade,
                    recorded?.Owner,
                    recorded?.Due);
            })
            .OrderByDescending(a => a.RiskReduced)
            .ThenBy(a => Array.IndexOf(StatusOrder, a.Status))
            .ThenBy(a => a.Countermeasure, StringComparer.Ordinal)
            .Select((a, i) => a with { Rank = i + 1 })
            .ToList();

        return new SecurityPlan(policies, actions);
    }
}
