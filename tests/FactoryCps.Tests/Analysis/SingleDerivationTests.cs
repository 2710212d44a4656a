using FactoryCps.Analysis;
using FactoryCps.Catalog.Loading;

namespace FactoryCps.Tests.Analysis;

/// <summary>Loading derives importance and target levels once; every analysis of the model builds on that derivation.</summary>
public sealed class SingleDerivationTests
{
    private static ModelBuilder Plant() => ModelBuilder.Basic()
        .Zone("{ id: safety, template: safety }")
        .Asset("{ id: sis-1, kind: sis, zone: safety, operations: [production] }");

    [Fact]
    public void The_analysis_uses_the_very_values_the_loader_derived()
    {
        var loaded = Plant().Load().Loaded!;

        var result = ModelAnalyzer.Analyze(loaded, ModelBuilder.Today);

        Assert.Same(loaded.Importance.Operations["production"], result.Operation("production").Importance);
        Assert.Same(loaded.Importance.Assets["sis-1"], result.Asset("sis-1").Importance);
        Assert.Same(loaded.Importance.Zones["safety"], result.Zone("safety").Importance);
        Assert.Same(loaded.Graph.ZonesById["safety"].TargetLevel, result.Zone("safety").TargetLevel);
        Assert.Equal(4, result.Zone("safety").TargetLevel.Value);
    }

    [Fact]
    public void Analysing_the_loaders_model_object_builds_on_the_loaders_derivation_too()
    {
        var load = Plant().Load();

        var first = ModelAnalyzer.Analyze(load.Model!, CatalogLoader.Default, ModelBuilder.Today);
        var second = ModelAnalyzer.Analyze(load.Model!, CatalogLoader.Default, ModelBuilder.Today.AddDays(1));

        Assert.Same(load.Loaded!.Importance.Assets["plc-line1"], first.Asset("plc-line1").Importance);
        Assert.Same(first.Zone("control-line1").TargetLevel, second.Zone("control-line1").TargetLevel);
    }

    [Fact]
    public void A_model_from_another_catalogue_is_derived_against_the_catalogue_asked_for()
    {
        var load = Plant().Load();
        var other = CatalogLoader.Load([]).Catalog!;

        var result = ModelAnalyzer.Analyze(load.Model!, other, ModelBuilder.Today);

        Assert.NotSame(load.Loaded!.Importance.Assets["plc-line1"], result.Asset("plc-line1").Importance);
        Assert.Equal(load.Loaded.Importance.Assets["plc-line1"].Value, result.Asset("plc-line1").Importance.Value);
    }
}
