namespace FactoryCps.Guidance;

/// <summary>Steps 2-1 and 2-2: target levels per zone, and how far the countermeasures cover the expected threats.</summary>
internal static partial class StepStates
{
    private static void Policy(StepFacts facts, StepStateBuilder state)
    {
        if (facts.Model.Zones.Count == 0 || facts.Analysis is not { } analysis)
        {
            state.Miss(StepTarget.SectionOf("zones"), "MissingZonesFirst");
            return;
        }

        state.Fill(StepTarget.SectionOf("zones"), "FilledTargetLevels", analysis.Zones.Count);
        foreach (var zone in analysis.Zones.Where(z => z.TargetLevel.Lowered))
        {
            // A level set below the derived one is allowed with a reason; the policy should still say so openly.
            state.Conflict(StepTarget.Object("zones", zone.Id), "TargetLevelLowered", facts.Names.Zone(zone.Id), zone.TargetLevel.Value, zone.TargetLevel.DerivedFrom);
        }
    }

    private static void Countermeasures(StepFacts facts, StepStateBuilder state)
    {
        if (facts.Model.Zones.Count == 0 || facts.Analysis is not { } analysis)
        {
            state.Miss(StepTarget.SectionOf("zones"), "MissingZonesFirst");
            return;
        }

        state.Fill(null, "FilledStatuses", facts.Model.Countermeasures.Count);
        var threats = analysis.Threats;
        state.Fill(StepTarget.Plan, "FilledCovered", threats.Count(t => t.Covered), threats.Count);
        foreach (var zone in threats.Where(t => !t.Covered && t.Zone is not null).GroupBy(t => t.Zone!, StringComparer.Ordinal).OrderByDescending(g => g.Count()))
        {
            state.Miss(StepTarget.Zone(zone.Key), "ZoneThreatsUncovered", facts.Names.Zone(zone.Key), zone.Count());
        }

        var siteWide = threats.Count(t => !t.Covered && t.Zone is null);
        if (siteWide > 0)
        {
            state.Miss(StepTarget.Plan, "SiteThreatsUncovered", siteWide);
        }

        foreach (var status in facts.Model.Countermeasures.Where(c => c.Status == "planned" && c.Due is null))
        {
            var target = status.Scope.Count > 0 ? StepTarget.Zone(status.Scope[0]) : StepTarget.Plan;
            state.Conflict(target, "PlannedWithoutDue", CountermeasureTitle(facts, status.Id));
        }
    }

    private static string CountermeasureTitle(StepFacts facts, string id) =>
        facts.Catalog.CountermeasuresById.TryGetValue(id, out var countermeasure) ? countermeasure.Title.Get(facts.Language) : id;
}
