namespace FactoryCps.Tests.Analysis;

/// <summary>Coverage: the weighted share of required countermeasures in place over every applying threat.</summary>
public sealed class CoverageTests
{
    private static ModelBuilder Plant() => ModelBuilder.Basic()
        .Operation("{ id: monitoring, impact: { delivery: 2 } }")
        .Zone("{ id: ops }")
        .Asset("{ id: historian-1, kind: historian, zone: ops, operations: [monitoring], storesData: true, capacityUsedPercent: 90 }")
        .External("{ id: cloud, kind: cloud }")
        .Conduit("{ id: ops-cloud, from: ops, to: cloud, encrypted: true }")
        .Conduit("{ id: ops-line, from: ops, to: control-line1 }");

    private static List<string> AllRequired() =>
        [.. Plant().Analyze().Threats.SelectMany(t => t.Countermeasures).Select(c => c.Id).Distinct()];

    [Fact]
    public void Coverage_is_0_when_nothing_is_recorded()
    {
        var result = Plant().Analyze();

        Assert.NotEmpty(result.Threats);
        Assert.Equal(0.0, result.Coverage);
    }

    [Fact]
    public void Coverage_is_1_when_every_required_countermeasure_is_implemented()
    {
        var result = Plant().Statuses(AllRequired(), "implemented").Analyze();

        Assert.Equal(1.0, result.Coverage);
        Assert.All(result.Threats, t => Assert.True(t.Covered));
    }

    [Fact]
    public void Coverage_is_between_0_and_1_when_some_is_in_place()
    {
        var required = AllRequired();

        var result = Plant().Statuses(required.Take(required.Count / 2), "implemented").Analyze();

        Assert.InRange(result.Coverage, 0.01, 0.99);
    }

    [Fact]
    public void Coverage_counts_partial_by_its_weight()
    {
        var result = Plant().Statuses(AllRequired(), "partial").Analyze();

        Assert.Equal(AnalysisQueries.Catalog.RiskModel.StatusWeights["partial"] / 100.0, result.Coverage);
    }

    [Fact]
    public void Coverage_is_0_when_everything_is_recorded_as_missing_or_planned()
    {
        var required = AllRequired();

        var result = Plant()
            .Statuses(required.Take(1), "planned")
            .Statuses(required.Skip(1), "missing")
            .Analyze();

        Assert.Equal(0.0, result.Coverage);
    }

    [Fact]
    public void Coverage_is_1_for_a_model_with_no_threats()
    {
        var result = ModelBuilder.Empty().Operation("{ id: production, impact: { safety: 3 } }").Analyze();

        Assert.Empty(result.Threats);
        Assert.Equal(1.0, result.Coverage);
    }
}
