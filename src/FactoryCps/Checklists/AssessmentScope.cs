namespace FactoryCps.Checklists;

/// <summary>
/// What a round asks about: zones, steps and countermeasure groups, in any combination; an empty list means all.
/// Zones narrow only the questions asked per zone (site-wide questions stay, as they cover every zone); steps and
/// groups narrow every question (a step point's question has no group, so a group filter leaves step points out).
/// </summary>
internal sealed record AssessmentScope(IReadOnlyList<string> Zones, IReadOnlyList<string> Steps, IReadOnlyList<string> Groups)
{
    /// <summary>The whole site: every question the applicability rule gives.</summary>
    public static AssessmentScope All { get; } = new([], [], []);

    public bool IsAll => Zones.Count == 0 && Steps.Count == 0 && Groups.Count == 0;

    public bool IncludesZone(string zone) => Zones.Count == 0 || Zones.Contains(zone, StringComparer.Ordinal);

    public bool IncludesStep(string step) => Steps.Count == 0 || Steps.Contains(step, StringComparer.Ordinal);

    public bool IncludesGroup(string? group) => Groups.Count == 0 || (group is not null && Groups.Contains(group, StringComparer.Ordinal));
}
