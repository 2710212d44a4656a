using FactoryCps.Diagnostics;
using FactoryCps.Localization;

namespace FactoryCps.Catalog;

/// <summary>How sure we are that a text is METI's: <c>seed</c> texts are the extension summary's own words.</summary>
public enum Confidence
{
    Seed,
    Derived,
}

/// <summary>What every catalogue item carries: where it comes from and where it was written.</summary>
public abstract record CatalogItem
{
    public required string Source { get; init; }

    public required Confidence Confidence { get; init; }

    public LocalizedText? Note { get; init; }

    /// <summary>File and line the item was read from, for errors found after reading (references, overlays).</summary>
    public required SourceLocation Location { get; init; }
}
