using System.Text.Json.Serialization;

namespace FactoryCps.Model;

/// <summary>The site's status for a catalogue countermeasure (Step 2), for the whole site or some zones.</summary>
internal sealed record CountermeasureStatus : ModelElement
{
    public static IReadOnlyList<string> Statuses { get; } = ["implemented", "partial", "planned", "missing", "not-applicable"];

    public required string Status { get; init; }

    /// <summary>Zone ids; empty means the whole site.</summary>
    public IReadOnlyList<string> Scope { get; init; } = [];

    public string? Owner { get; init; }

    public DateOnly? Due { get; init; }

    public string? Note { get; init; }

    /// <summary>
    /// What identifies this status among the model's statuses: the id, plus the scope when it has one, since a
    /// model may record a countermeasure for the whole site and, differently, for some zones.
    /// </summary>
    [JsonIgnore]
    public string Key => KeyOf(Id, Scope);

    public static string KeyOf(string id, IEnumerable<string> scope) =>
        scope.Any() ? $"{id}@{string.Join('+', scope)}" : id;
}
