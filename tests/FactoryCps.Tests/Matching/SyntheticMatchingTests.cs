using FactoryCps.Analysis;
using FactoryCps.Catalog.Loading;
using FactoryCps.Matching;
using FactoryCps.Synthetic;
using static FactoryCps.Tests.Matching.Csaf;

namespace FactoryCps.Tests.Matching;

/// <summary>Synthetic plants with products drawn from advisories (the matching benchmark's input) are valid and match.</summary>
public sealed class SyntheticMatchingTests
{
    [Fact]
    public void Synthetic_assets_with_advisory_products_are_a_valid_model_and_most_of_them_match()
    {
        var index = Index(
            Document("SY-1", Tree("Schneider Electric Software, LLC", "Wonderware \"InTouch\": Runtime", ("product_version_range", "<= 2017 Update 1", "P1")), Vulnerability("CVE-2024-9000", "known_affected", "P1")),
            Document("SY-2", Tree("Siemens", "SCALANCE XR526-8C, 2x230V (L3 int.)", ("product_version", "V6.4", "P1")), Vulnerability("CVE-2024-9001", "known_affected", "P1")));
        var products = SyntheticProduct.From(index);
        var size = new SyntheticModel.Size(Assets: 200, Zones: 10, Conduits: 0, DataFlows: 0, Externals: 1, Operations: 5);

        var ids = CatalogLoader.Default.Countermeasures.Select(c => c.Id).ToList();
        var yaml = SyntheticModel.Generate(size, ids, products: products);
        var model = ModelLoader.LoadText(yaml, "synthetic.yaml", CatalogLoader.Default).Model;

        Assert.Equal(2, products.Count);
        Assert.NotNull(model);
        var assets = MatchAssets.FromModel(model, ".");
        var matched = AdvisoryMatcher.Match(index, assets).Matches.Select(m => m.Asset.Id).Distinct().Count();
        Assert.InRange(assets.Count, 100, 190);
        Assert.InRange(matched, assets.Count / 2, assets.Count);
        Assert.Equal(yaml, SyntheticModel.Generate(size, ids, products: products));
    }
}
