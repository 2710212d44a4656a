using FactoryCps.Threats;

namespace FactoryCps.Plans;

/// <summary>Step 2: a security policy per zone and one prioritised action list for the site.</summary>
internal sealed record SecurityPlan(IReadOnlyList<ZonePolicy> Zones, IReadOnlyList<PlanAction> Actions);

/// <summary>Step 2-1 for one zone: its target level, the countermeasures that level requires for its threats, and the gaps.</summary>
internal sealed record ZonePolicy(string Zone, string? Name, int Importance, int TargetLevel, IReadOnlyList<string> Threats, IReadOnlyList<CountermeasureState> Required)
{
    public IEnumerable<CountermeasureState> Gaps => Required.Where(r => r.Status is not ("implemented" or "not-applicable"));
}

/// <summary>
/// A countermeasure to put in place where it is missing, partial or planned, with the risk it reduces: the sum
/// of the risk scores of the uncovered threats it addresses in those zones.
/// </summary>
internal sealed record PlanAction(
    int Rank,
    string Countermeasure,
    string Status,
    IReadOnlyList<string> Zones,
    IReadOnlyList<string> Threats,
    int RiskReduced,
    string? HighestGrade,
    string? Owner,
    DateOnly? Due);
