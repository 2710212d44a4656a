using FactoryCps.Matching;

namespace FactoryCps.Synthetic;

/// <summary>A vendor, product and version for a synthetic asset.</summary>
internal sealed record SyntheticProduct(string Vendor, string Product, string Version)
{
    /// <summary>
    /// Products as advisories name them, so that synthetic plants exercise advisory matching: each indexed product
    /// with its vendor, and a version the advisory speaks about (its version, or a bound of its range).
    /// </summary>
    internal static IReadOnlyList<SyntheticProduct> From(AdvisoryIndex index) =>
        [.. index.Products
            .Where(p => p.VendorText is not null && p.ProductText is not null)
            .Select(p => new SyntheticProduct(p.VendorText!.Trim(), p.ProductText!.Trim(),
                p.Version.Versions.FirstOrDefault()?.Text ?? p.Version.Range?.Constraints.FirstOrDefault()?.Version.Text ?? "1.0"))
            .Distinct()];
}
