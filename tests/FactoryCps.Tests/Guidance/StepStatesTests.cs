using FactoryCps.Analysis;
using FactoryCps.Catalog.Loading;
using FactoryCps.Guidance;
using FactoryCps.Localization;
using FactoryCps.Model;

namespace FactoryCps.Tests.Guidance;

public sealed class StepStatesTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static LoadedModel Demo() =>
        ModelLoader.LoadFile(Path.Combine(TestPaths.RepositoryRoot, "samples", "smart-factory.yaml"), CatalogLoader.Default).Loaded!;

    private static LoadedModel Changed(Func<FactoryModel, FactoryModel> change)
    {
        var result = ModelLoader.Load(change(Demo().Model), CatalogLoader.Default);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En))));
        return result.Loaded!;
    }

    private static StepState State(LoadedModel? loaded, string step, Language language = Language.En) =>
        StepStates.Of(CatalogLoader.Default, loaded, loaded is null ? null : ModelAnalyzer.Analyze(loaded, Today), language).Single(s => s.Step == step);

    [Fact]
    public void EveryCatalogueStepHasAGuideAndAState()
    {
        var states = StepStates.Of(CatalogLoader.Default, null, null, Language.Ja);
        Assert.Equal(CatalogLoader.Default.Steps.Select(s => s.Id), states.Select(s => s.Step));
        Assert.All(CatalogLoader.Default.Steps, s => Assert.True(StepGuides.ByStep.ContainsKey(s.Id), s.Id));
        Assert.Equal(["1-2", "1-3", "1-4", "1-5", "1-6", "1-7", "2-1", "2-2", "3", null], states.Select(s => s.Next));
    }

    [Fact]
    public void AnEmptySiteHasEveryStepOpenWithNothingFilled()
    {
        var states = StepStates.Of(CatalogLoader.Default, null, null, Language.En);
        Assert.All(states, s =>
        {
            Assert.Empty(s.Filled);
            Assert.NotEmpty(s.Missing);
            Assert.False(s.Complete);
        });
        Assert.Contains(states[0].Missing, i => i.Text == "No purpose of making the plant smart is registered yet." && i.Target == StepTarget.SectionOf("objectives"));
        Assert.DoesNotContain(states.Single(s => s.Step == "3").Emphases, e => e.Id == "external-services");
    }

    [Fact]
    public void TheDemoSiteNamesItsGapsByTheirNamesWithWhereToFixThem()
    {
        var demo = Demo();
        var requirements = State(demo, "1-1", Language.Ja);
        Assert.Contains(requirements.Filled, i => i.Text == "スマート化の目的: 2件");
        Assert.Contains(requirements.Inconsistent, i => i.Text.Contains("「ライン稼働の見える化」", StringComparison.Ordinal) && i.Target == StepTarget.SectionOf("bcp"));

        var assets = State(demo, "1-4", Language.Ja);
        var spare = Assert.Single(assets.Missing);
        Assert.Equal("保護対象「予備HMI（未設置）」が、どの業務を支えているか選ばれていません。", spare.Text);
        Assert.Equal(StepTarget.Object("assets", "spare-hmi"), spare.Target);

        var countermeasures = State(demo, "2-2");
        Assert.Contains(countermeasures.Missing, i => i.Target is { Kind: StepTargetKind.Zone } && i.Text.StartsWith("Zone \"", StringComparison.Ordinal));

        var operation = State(demo, "3");
        Assert.Contains(operation.Missing, i => i.Text == "No status is recorded for \"Periodic review of measures (PDCA)\".");
        Assert.Contains(operation.Emphases, e => e.Id == "external-services");
        Assert.Equal(["zones-business", "zones-cyber"], State(demo, "1-6").Emphases.Select(e => e.Id));
    }

    [Fact]
    public void NoItemShowsAnIdWhereANameExists()
    {
        var demo = Demo();
        var ids = demo.Model.Assets.Select(a => a.Id).Concat(demo.Model.Zones.Select(z => z.Id)).Concat(demo.Model.Operations.Select(o => o.Id)).ToList();
        foreach (var state in StepStates.Of(CatalogLoader.Default, demo, ModelAnalyzer.Analyze(demo, Today), Language.Ja))
        {
            foreach (var item in state.Filled.Concat(state.Missing).Concat(state.Inconsistent))
            {
                Assert.DoesNotContain(ids, id => item.Text.Contains($"「{id}」", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void AnOperationWithoutAssetOrImpactIsNamedInSteps12And13()
    {
        var loaded = Changed(m => m with { Operations = [.. m.Operations, new Operation { Id = "new-op", Name = "新しい業務", Importance = 2 }] });
        Assert.Contains(State(loaded, "1-2", Language.Ja).Inconsistent, i => i.Text == "業務「新しい業務」を支える保護対象がありません。");
        var impact = Assert.Single(State(loaded, "1-3").Missing);
        Assert.Equal(StepTarget.Object("operations", "new-op"), impact.Target);
        Assert.Empty(State(Demo(), "1-3").Missing);
    }

    [Fact]
    public void AnAssetOutsideEveryZoneIsMissingInStep16()
    {
        var loaded = Changed(m => m with { Assets = [.. m.Assets, new Asset { Id = "loose-pc", Name = "未配置のPC", Kind = "pc", Operations = ["office-work"] }] });
        Assert.Contains(State(loaded, "1-6").Missing, i => i.Text == "The asset \"未配置のPC\" is in no zone." && i.Target == StepTarget.Object("assets", "loose-pc"));
        Assert.DoesNotContain(State(Demo(), "1-6").Missing, i => i.Target is { Kind: StepTargetKind.Object, Section: "assets" });
    }

    [Fact]
    public void ZonesWithoutDataFlowsMissThemInStep17()
    {
        var loaded = Changed(m => m with { DataFlows = [] });
        Assert.Contains(State(loaded, "1-7").Missing, i => i.Target == StepTarget.SectionOf("dataFlows"));
        Assert.DoesNotContain(State(Demo(), "1-7").Missing, i => i.Target == StepTarget.SectionOf("dataFlows"));
    }

    [Fact]
    public void ALoweredTargetLevelIsShownInStep21()
    {
        var demo = Demo();
        var zone = ModelAnalyzer.Analyze(demo, Today).Zones.First(z => z.TargetLevel.Value > 1);
        var loaded = Changed(m => m with { Zones = [.. m.Zones.Select(z => z.Id == zone.Id ? z with { TargetLevel = 1, TargetLevelReason = "理由" } : z)] });
        var lowered = Assert.Single(State(loaded, "2-1").Inconsistent);
        Assert.Equal(StepTarget.Object("zones", zone.Id), lowered.Target);
        Assert.Empty(State(demo, "2-1").Inconsistent);
    }

    [Fact]
    public void APlannedReviewWithoutDueIsInconsistentInStep22AndOpenInStep3()
    {
        var loaded = Changed(m => m with { Countermeasures = [.. m.Countermeasures, new CountermeasureStatus { Id = StepStates.PdcaReview, Status = "planned" }] });
        Assert.Contains(State(loaded, "2-2").Inconsistent, i => i.Text == "The countermeasure \"Periodic review of measures (PDCA)\" is planned but has no due date." && i.Target == StepTarget.Plan);
        Assert.Contains(State(loaded, "3").Missing, i => i.Text == "\"Periodic review of measures (PDCA)\" is planned.");
    }
}
