using FactoryCps.Model;
using FactoryCps.Sboms;

namespace FactoryCps.Matching;

/// <summary>
/// The assets of a factory model as matching targets: each asset's vendor, product, version, CPE and PURL, and
/// the components of its SBOM (a path relative to the model file). One SBOM shared by many assets is read once.
/// Assets with nothing that identifies a product (no product, CPE, PURL or SBOM) are left out.
/// </summary>
internal static class MatchAssets
{
    /// <exception cref="SbomReadException">An asset's SBOM cannot be read; the exception names the file and why.</exception>
    public static IReadOnlyList<MatchAsset> FromModel(FactoryModel model, string modelDirectory)
    {
        var sboms = new Dictionary<string, Sbom>(StringComparer.Ordinal);
        return FromModel(model, asset =>
        {
            if (string.IsNullOrWhiteSpace(asset.Sbom))
            {
                return null;
            }

            var path = Path.GetFullPath(Path.Combine(modelDirectory, asset.Sbom));
            if (!sboms.TryGetValue(path, out var read))
            {
                sboms[path] = read = SbomReader.Read(path);
            }

            return read;
        });
    }

    /// <summary>The assets with SBOMs from elsewhere (the web application stores them per asset).</summary>
    public static IReadOnlyList<MatchAsset> FromModel(FactoryModel model, Func<Asset, Sbom?> sbomOf)
    {
        var components = new Dictionary<Sbom, IReadOnlyList<MatchTarget>>(ReferenceEqualityComparer.Instance);
        var assets = new List<MatchAsset>();
        foreach (var asset in model.Assets)
        {
            IReadOnlyList<MatchTarget> parts = [];
            if (sbomOf(asset) is { } sbom)
            {
                if (!components.TryGetValue(sbom, out var read))
                {
                    components[sbom] = read = Components(sbom);
                }

                parts = read;
            }

            if (asset.Product is null && asset.Cpe is null && asset.Purl is null && parts.Count == 0)
            {
                continue;
            }

            assets.Add(new MatchAsset(asset.Id, asset.Name, new MatchTarget(asset.Vendor, asset.Product, asset.Version, asset.Cpe, asset.Purl), parts));
        }

        return assets;
    }

    private static List<MatchTarget> Components(Sbom sbom) =>
        [.. sbom.Components.Select(c => new MatchTarget(
            c.Supplier ?? c.Author, c.Name, c.Version, c.Cpe, c.Purl,
            c.Version is null ? c.FullName : $"{c.FullName}@{c.Version}"))];
}
