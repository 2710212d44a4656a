namespace FactoryCps.Matching;

/// <summary>
/// Whether an asset or component is a given advisory product, used for the other side of a relationship ("installed
/// on Windows 10"): same CPE or package, or same vendor and product name (exactly or once qualifiers are set aside)
/// with a version the product's versions do not rule out.
/// </summary>
internal static class TargetIdentification
{
    public static bool Is(MatchTarget target, IndexedProduct product, VendorDirectory vendors)
    {
        if (Cpe.Parse(target.Cpe) is { } cpe && product.Cpe is not null)
        {
            return product.Cpe.Compare(cpe, ignoreVersion: false) == CpeComparison.Match;
        }

        if (PackageUrl.Parse(target.Purl) is { } purl && product.Purl is not null)
        {
            return purl.PackageKey == product.Purl.PackageKey && (product.Purl.Version is null || product.Purl.Version == purl.Version);
        }

        var vendorKey = vendors.CanonicalOf(VendorName.Normalize(target.Vendor));
        if (product.Name is null || (product.Vendors.Count > 0 && !product.Vendors.Any(v => vendors.CanonicalOf(v.Key) == vendorKey)))
        {
            return false;
        }

        var name = ProductName.Parse(target.Product, [target.Vendor ?? "", vendorKey]);
        return name is not null && (name.Key == product.Name.Key || name.LooseKey == product.Name.LooseKey)
            && product.Version.Check(ProductVersion.Parse(target.Version)) is not null;
    }
}
