namespace FactoryCps.Diffs;

/// <summary>
/// What changed between two versions of a site's model and what follows from it: the re-review the
/// extension asks for whenever making the plant smart changes operations, assets, zones or connections (PDCA).
/// </summary>
internal sealed record ModelDiff(
    IReadOnlyList<ElementChange> Elements,
    IReadOnlyList<ValueChange> Importance,
    IReadOnlyList<ValueChange> TargetLevels,
    IReadOnlyList<ThreatChange> Threats,
    IReadOnlyList<RequirementChange> NewlyRequired,
    IReadOnlyList<FindingChange> Findings)
{
    public bool IsEmpty => Elements.Count == 0 && Importance.Count == 0 && TargetLevels.Count == 0 && Threats.Count == 0 && NewlyRequired.Count == 0 && Findings.Count == 0;
}

/// <summary>An element added, removed or changed; for a change, each field with its old and new value (as JSON text).</summary>
internal sealed record ElementChange(string List, string Id, string Change, IReadOnlyList<FieldChange> Fields);

internal sealed record FieldChange(string Field, string? Old, string? New);

/// <summary>A derived value that moved, e.g. a zone's importance from 2 to 3, with the new explanation.</summary>
internal sealed record ValueChange(string Kind, string Id, int? Old, int? New, string? Why)
{
    /// <summary>The newer value's explanation, for a sentence in words; <see cref="Why"/> keeps its chain of ids.</summary>
    public Provenance.Explanation? Because { get; init; }
}

/// <summary>A threat that now applies (added) or no longer applies (removed) at a zone (null: the whole site).</summary>
internal sealed record ThreatChange(string Threat, string? Zone, string Change);

/// <summary>A countermeasure the new model requires at a zone where the old one did not, with its status.</summary>
internal sealed record RequirementChange(string Countermeasure, string? Zone, string Status);

internal sealed record FindingChange(string Finding, string Subject, string Severity, string Change);
