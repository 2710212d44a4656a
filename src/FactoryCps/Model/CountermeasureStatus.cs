namespace FactoryCps.Model;

/// <summary>The site's status for a catalogue countermeasure (Step 2), for the whole site or some zones.</summary>
public sealed record CountermeasureStatus : ModelElement
{
    public static IReadOnlyList<string> Statuses { get; } = ["implemented", "partial", "planned", "missing", "not-applicable"];

    public required string Status { get; init; }

    /// <summary>Zone ids; empty means the whole site.</summary>
    public IReadOnlyList<string> Scope { get; init; } = [];

    public string? Owner { get; init; }

    public DateOnly? Due { get; init; }

    public string? Note { get; init; }
}
