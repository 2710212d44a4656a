namespace FactoryCps.Guidance;

/// <summary>
/// Where a guideline step stands for one site: what is filled, what is missing, what does not fit together, and
/// the step that comes next (null after Step 3). Each item is a sentence in the reader's language naming the
/// objects by their names, with the place where it is fixed.
/// </summary>
internal sealed record StepState(
    string Step,
    IReadOnlyList<StepItem> Filled,
    IReadOnlyList<StepItem> Missing,
    IReadOnlyList<StepItem> Inconsistent,
    IReadOnlyList<StepEmphasis> Emphases,
    string? Next)
{
    /// <summary>Nothing is missing and nothing is inconsistent.</summary>
    public bool Complete => Missing.Count == 0 && Inconsistent.Count == 0;
}

/// <summary>One sentence about a step's state and where it is acted on (null: nowhere in particular).</summary>
internal sealed record StepItem(string Text, StepTarget? Target);

/// <summary>What a step's item is about, for the web to turn into a link: a model section, one object, a zone's Step 2 page, the plan.</summary>
internal sealed record StepTarget(StepTargetKind Kind, string? Section = null, string? Id = null)
{
    public static StepTarget SectionOf(string section) => new(StepTargetKind.Section, section);

    public static StepTarget Object(string section, string id) => new(StepTargetKind.Object, section, id);

    public static StepTarget Zone(string id) => new(StepTargetKind.Zone, "zones", id);

    public static readonly StepTarget Plan = new(StepTargetKind.Plan);
}

internal enum StepTargetKind
{
    /// <summary>A Step 1 section's list (<see cref="StepTarget.Section"/>).</summary>
    Section,

    /// <summary>One object of a section, by its key (<see cref="StepTarget.Section"/>, <see cref="StepTarget.Id"/>).</summary>
    Object,

    /// <summary>A zone's Step 2 page: its threats and the statuses of their countermeasures.</summary>
    Zone,

    /// <summary>The site's action plan.</summary>
    Plan,
}
