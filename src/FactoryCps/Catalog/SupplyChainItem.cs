using FactoryCps.Localization;

namespace FactoryCps.Catalog;

/// <summary>A point to confirm with a supplier (the extension's Step 3 supply-chain tables).</summary>
public sealed record SupplyChainItem : CatalogItem
{
    public required string Id { get; init; }

    /// <summary><c>cloud</c>, <c>product</c> (汎用品) or <c>software</c>.</summary>
    public required string Category { get; init; }

    /// <summary><c>procurement</c>, <c>contract</c>, <c>development</c> or <c>operation</c>.</summary>
    public required string Phase { get; init; }

    public required LocalizedText Text { get; init; }
}
