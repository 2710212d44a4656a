using System.Text.Json.Serialization;
using FactoryCps.Diagnostics;
using FactoryCps.Yaml;

namespace FactoryCps.Model;

/// <summary>What every listed object of a factory model has: an id, display texts, and where it was written.</summary>
internal abstract record ModelElement
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Where the element was written and its path (<c>assets[3]</c>); null for elements built in code.</summary>
    public SourceLocation? Location { get; init; }

    public string Path { get; init; } = "";

    /// <summary>
    /// The mapping the element was read from, so an error can point at a field rather than the element. Kept
    /// as the node itself: a dictionary of field locations per element cost more than reading the element.
    /// </summary>
    [JsonIgnore]
    internal YMapping? Node { get; init; }

    /// <summary>The location of a field (<c>zone</c>, or <c>operations[2]</c> by its list field), else of the element.</summary>
    public SourceLocation? At(string field)
    {
        var end = field.AsSpan().IndexOfAny('[', '.');
        var name = end < 0 ? field : field[..end];
        return Node?[name]?.Location ?? Location;
    }

    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Id : $"{Name} ({Id})";
}
