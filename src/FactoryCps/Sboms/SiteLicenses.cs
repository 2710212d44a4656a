namespace FactoryCps.Sboms;

/// <summary>A component as a site's licence overview lists it: once per name, version and PURL, with every asset whose SBOM has it.</summary>
internal sealed record LicensedComponent(string Name, string? Version, string? Purl, IReadOnlyList<string> Assets);

/// <summary>One licence at a site (null when none is given), whether it needs attention, and the components under it.</summary>
internal sealed record SiteLicenseUsage(string? License, LicenseConcern Concern, IReadOnlyList<LicensedComponent> Components)
{
    public IReadOnlyList<string> Assets => [.. Components.SelectMany(c => c.Assets).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}

/// <summary>
/// The licence overview of a whole site: <see cref="LicenseOverview"/> over the components of every asset's SBOM,
/// so the groups and concerns are exactly those of one SBOM's overview, and each component says which assets use it.
/// The web application's licence page and <c>fcps sbom licenses</c> both show this.
/// </summary>
internal static class SiteLicenses
{
    public static IReadOnlyList<SiteLicenseUsage> Build(IEnumerable<(string Asset, Sbom Sbom)> sboms)
    {
        // By reference: two assets may share one parsed SBOM (the same file), and equal records must not merge
        // before the assets are known.
        var assetsOf = new Dictionary<SbomComponent, List<string>>(ReferenceEqualityComparer.Instance);
        foreach (var (asset, sbom) in sboms)
        {
            foreach (var component in sbom.Components)
            {
                if (!assetsOf.TryGetValue(component, out var assets))
                {
                    assetsOf[component] = assets = [];
                }

                assets.Add(asset);
            }
        }

        return [.. LicenseOverview.Build(assetsOf.Keys).Select(usage => new SiteLicenseUsage(
            usage.License,
            usage.Concern,
            [.. usage.Components
                .GroupBy(c => (c.FullName, c.Version, c.Purl))
                .Select(g => new LicensedComponent(g.Key.FullName, g.Key.Version, g.Key.Purl,
                    [.. g.SelectMany(c => assetsOf[c]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))
                .OrderBy(c => c.Name, StringComparer.Ordinal)
                .ThenBy(c => c.Version, StringComparer.Ordinal)]))];
    }
}
