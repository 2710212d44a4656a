using FactoryCps.Diagnostics;

namespace FactoryCps.Model;

/// <summary>What every listed object of a factory model has: an id, display texts, and where it was written.</summary>
public abstract record ModelElement
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Where the element was written and its path (<c>assets[3]</c>); null for elements built in code.</summary>
    public SourceLocation? Location { get; init; }

    public string Path { get; init; } = "";

    /// <summary>Where each field's value was written, so an error points at the field, not just the element.</summary>
    public IReadOnlyDictionary<string, SourceLocation> FieldLocations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>The location of a field (<c>zone</c>, or <c>operations[2]</c> by its list field), else of the element.</summary>
    public SourceLocation? At(string field)
    {
        var name = field.Split('[', '.')[0];
        return FieldLocations.TryGetValue(name, out var location) ? location : Location;
    }

    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Id : $"{Name} ({Id})";
}
