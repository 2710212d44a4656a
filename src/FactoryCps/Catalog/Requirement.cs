using FactoryCps.Guideline;
using FactoryCps.Localization;

namespace FactoryCps.Catalog;

internal sealed record Requirement : CatalogItem
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required string Issuer { get; init; }

    public required LocalizedText Title { get; init; }

    public required LocalizedText Description { get; init; }

    public required IReadOnlyList<LocalizedText> Obligations { get; init; }

    public required IReadOnlyList<RequirementDate> Dates { get; init; }

    public required IReadOnlyList<string> Steps { get; init; }

    /// <summary>Empty: relevant to every industry.</summary>
    public required IReadOnlyList<string> Industries { get; init; }
}

internal sealed record RequirementDate(DateOnly Date, LocalizedText Event);
