using FactoryCps.Analysis;
using FactoryCps.Catalog.Loading;
using FactoryCps.Synthetic;

namespace FactoryCps.Tests.Synthetic;

/// <summary>The benchmark's synthetic plant must be a valid model that exercises the engine.</summary>
public sealed class SyntheticModelTests
{
    private static readonly SyntheticModel.Size Small = new(Assets: 300, Zones: 20, Conduits: 60, DataFlows: 150, Externals: 5, Operations: 12);

    [Fact]
    public void A_synthetic_model_is_valid_and_every_smart_factory_threat_applies()
    {
        var yaml = SyntheticModel.Generate(Small, [.. CatalogLoader.Default.Countermeasures.Select(c => c.Id)]);

        var loaded = ModelLoader.LoadText(yaml, "synthetic.yaml", CatalogLoader.Default);

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics.Take(5).Select(d => d.Render(FactoryCps.Localization.Language.En))));
        Assert.Equal(300, loaded.Model!.Assets.Count);
        var threats = ModelAnalyzer.Analyze(loaded.Loaded!, new DateOnly(2026, 11, 28)).Threats.Select(t => t.Threat).ToHashSet();
        Assert.All(Enumerable.Range(1, 9).Select(i => $"sf-{i:00}"), id => Assert.Contains(id, threats));
    }

    /// <summary>docs/analysis.md names scale 6 as measured and supported: the reading limits must leave it room.</summary>
    [Fact]
    public void The_scale_6_plant_is_within_the_reading_limits_and_valid()
    {
        var yaml = SyntheticModel.Generate(SyntheticModel.Size.Benchmark.Times(6), [.. CatalogLoader.Default.Countermeasures.Select(c => c.Id)]);

        var loaded = ModelLoader.LoadText(yaml, "synthetic.yaml", CatalogLoader.Default);

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics.Take(5).Select(d => d.Render(FactoryCps.Localization.Language.En))));
        Assert.Equal(60_000, loaded.Model!.Assets.Count);
    }

    [Fact]
    public void The_same_seed_gives_the_same_model()
    {
        var ids = CatalogLoader.Default.Countermeasures.Select(c => c.Id).ToList();

        Assert.Equal(SyntheticModel.Generate(Small, ids), SyntheticModel.Generate(Small, ids));
        Assert.NotEqual(SyntheticModel.Generate(Small, ids), SyntheticModel.Generate(Small, ids, seed: 7));
    }
}
