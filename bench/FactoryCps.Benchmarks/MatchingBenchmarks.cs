using BenchmarkDotNet.Attributes;
using FactoryCps.Analysis;
using FactoryCps.Catalog.Loading;
using FactoryCps.Matching;
using FactoryCps.Synthetic;

namespace FactoryCps.Benchmarks;

/// <summary>
/// Advisory matching at scale: reading and indexing all of CISA's 2017–2023 ICS advisories (2,035 CSAF files from
/// the shared data beside the repository), and matching a synthetic plant of 100,000 assets, three in four of them
/// with a vendor, product and version taken from those advisories, against the built index.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class MatchingBenchmarks
{
    private string _folder = null!;
    private AdvisoryIndex _index = null!;
    private IReadOnlyList<MatchAsset> _assets = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = SharedData.Folder("cisa-csaf-ics", "csaf_files", "OT", "white");
        _index = AdvisoryIndex.Build(AdvisoryFolder.Read(_folder).Documents);
        var catalog = CatalogLoader.Default;
        var size = new SyntheticModel.Size(100_000, 500, 0, 0, Externals: 1, Operations: 200);
        var yaml = SyntheticModel.Generate(size, [.. catalog.Countermeasures.Select(c => c.Id)], products: SyntheticProduct.From(_index));
        var model = ModelLoader.LoadText(yaml, "synthetic.yaml", catalog).Model ?? throw new InvalidOperationException("The synthetic model is invalid.");
        _assets = MatchAssets.FromModel(model, ".");
    }

    [Benchmark(Description = "read + index 2,035 CISA advisories")]
    public int ReadAndIndex() => AdvisoryIndex.Build(AdvisoryFolder.Read(_folder).Documents).Products.Count;

    [Benchmark(Description = "match 100,000 assets")]
    public int Match100k() => AdvisoryMatcher.Match(_index, _assets).Matches.Count;
}
