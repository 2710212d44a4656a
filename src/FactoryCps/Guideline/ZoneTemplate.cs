using FactoryCps.Localization;

namespace FactoryCps.Guideline;

internal sealed record ZoneTemplate : CatalogItem
{
    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    public required LocalizedText Description { get; init; }

    public required int TypicalImportance { get; init; }

    public required IReadOnlyList<TypicalConduit> TypicalConduits { get; init; }

    /// <summary>Row in the zone diagram, top (0, enterprise) to bottom (field); null places the zone with control zones.</summary>
    public int? DiagramRow { get; init; }

    /// <summary>One of the extension's Appendix A style examples rather than a classic zone.</summary>
    public required bool Example { get; init; }
}

/// <summary>A connection a zone of this template usually has: to another template or an external kind.</summary>
internal sealed record TypicalConduit(string To, LocalizedText? Note);
