using FactoryCps.Guideline;
using FactoryCps.Localization;

namespace FactoryCps.Countermeasures;

internal enum Aspect
{
    System,
    Physical,
    Operation,
}

internal sealed record CountermeasureGroup : CatalogItem
{
    public required string Id { get; init; }

    public required Aspect Aspect { get; init; }

    /// <summary>The step this group of countermeasures belongs to (2-2 or 3).</summary>
    public required string Step { get; init; }

    public required LocalizedText Title { get; init; }
}

internal sealed record Countermeasure : CatalogItem
{
    public required string Id { get; init; }

    public required string Group { get; init; }

    public required LocalizedText Title { get; init; }

    public required LocalizedText Description { get; init; }

    public required IReadOnlyList<string> Threats { get; init; }

    /// <summary>IEC 62443-3-3 foundational requirements, FR1 … FR7.</summary>
    public required IReadOnlyList<string> FoundationalRequirements { get; init; }

    /// <summary>The lowest zone target security level (1..4) from which this countermeasure is required.</summary>
    public required int MinLevel { get; init; }

    public required LocalizedText Question { get; init; }
}
