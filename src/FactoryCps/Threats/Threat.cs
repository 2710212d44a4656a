using FactoryCps.Guideline;
using FactoryCps.Localization;

namespace FactoryCps.Threats;

internal sealed record ThreatCategory : CatalogItem
{
    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }
}

internal sealed record Threat : CatalogItem
{
    public required string Id { get; init; }

    public required string Category { get; init; }

    public required LocalizedText Title { get; init; }

    public LocalizedText? Description { get; init; }

    /// <summary>The groups the guideline maps this threat to (the seed table's 対策内容).</summary>
    public required IReadOnlyList<string> CountermeasureGroups { get; init; }

    /// <summary>Threat level 1..3 before exposure raises it (IPA risk-analysis style).</summary>
    public required int Level { get; init; }

    /// <summary>One of the extension's nine smart-factory threats.</summary>
    public required bool SmartFactory { get; init; }
}
