using FactoryCps.Analysis;
using FactoryCps.Catalog.Loading;
using FactoryCps.Localization;
using FactoryCps.Model;

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
    public void Analyses_of_one_loaded_model_at_two_dates_share_the_loaders_derivation()
    {
        var loaded = Plant().Load().Loaded!;

        var first = ModelAnalyzer.Analyze(loaded, ModelBuilder.Today);
        var second = ModelAnalyzer.Analyze(loaded, ModelBuilder.Today.AddDays(1));

        Assert.Same(loaded.Importance.Assets["plc-line1"], first.Asset("plc-line1").Importance);
        Assert.Same(first.Zone("control-line1").TargetLevel, second.Zone("control-line1").TargetLevel);
    }

    [Fact]
    public void A_model_built_in_code_goes_through_the_loaders_checks_and_derivation()
    {
        var empty = ModelLoader.Load(new FactoryModel { Site = new Site { Id = "empty" } }, CatalogLoader.Default);
        var again = ModelLoader.Load(Plant().Build(), CatalogLoader.Default);

        Assert.True(empty.Succeeded, string.Join("\n", empty.Diagnostics.Select(d => d.Render(Language.En))));
        Assert.Empty(ModelAnalyzer.Analyze(empty.Loaded!, ModelBuilder.Today).Zones);
        Assert.Equal(4, ModelAnalyzer.Analyze(again.Loaded!, ModelBuilder.Today).Zone("safety").TargetLevel.Value);
    }
}
