using FactoryCps.Guideline;
using FactoryCps.Localization;

namespace FactoryCps.Catalog;

/// <summary>A point to confirm with a supplier (the extension's Step 3 supply-chain tables, standards, an organisation's own).</summary>
internal sealed record SupplyChainItem : CatalogItem
{
    public required string Id { get; init; }

    /// <summary><c>cloud</c>, <c>product</c> (汎用品) or <c>software</c>.</summary>
    public required string Category { get; init; }

    /// <summary><c>procurement</c>, <c>contract</c>, <c>development</c> or <c>operation</c>.</summary>
    public required string Phase { get; init; }

    public required LocalizedText Text { get; init; }

    /// <summary>Null: asked of every supplied item of the category in the phase; otherwise only when the condition holds.</summary>
    public SupplyChainCondition? When { get; init; }

    /// <summary>
    /// True when the item was read from an overlay file: the organisation's own item. Set by the loader from
    /// where the file came from, so an overlay cannot pass its items off as built-in ones, nor the reverse.
    /// </summary>
    public bool FromOverlay { get; init; }
}

/// <summary>
/// When a supply-chain item is asked, beyond its category and phase. Every condition given must hold;
/// at least one is given.
/// </summary>
/// <param name="MinTargetLevel">A zone the supplied item touches has a target security level of at least this.</param>
/// <param name="Requirement">A requirements-register id that applies to the site (the model says so, or the requirement is for the site's industry and the model does not say otherwise).</param>
/// <param name="Industries">The site's industry is one of these (compared ignoring case); empty: any industry.</param>
internal sealed record SupplyChainCondition(int? MinTargetLevel, string? Requirement, IReadOnlyList<string> Industries);
