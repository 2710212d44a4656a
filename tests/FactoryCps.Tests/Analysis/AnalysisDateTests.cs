using FactoryCps.Analysis;
using FactoryCps.Catalog.Loading;

namespace FactoryCps.Tests.Analysis;

/// <summary>Factory-model spec, derivation 7: the analysis date is an input and results are reproducible.</summary>
public sealed class AnalysisDateTests
{
    /// <summary>A model that exercises most of the analysis: threats, statuses, findings, a licence and a support end.</summary>
    private static ModelBuilder Plant() => ModelBuilder.Basic()
        .Stakeholder("{ id: sec-dept, kind: internal }")
        .Objective("{ id: visualize, kind: visualization, since: 2026-06-01 }")
        .Bcp("{ reviewed: 2026-04-01 }")
        .Operation("{ id: monitoring, objective: visualize, impact: { delivery: 2, cost: 1 } }")
        .Zone("{ id: ops, template: operations }")
        .Asset("{ id: historian-1, kind: historian, zone: ops, operations: [monitoring], storesData: true, capacityUsedPercent: 85 }")
        .Asset("{ id: scada-sw, kind: software, zone: ops, operations: [monitoring], licenseExpires: 2027-02-27, supportEnds: 2026-12-15 }")
        .Asset("{ id: analytics, kind: saas, operations: [monitoring], storesData: true }")
        .External("{ id: cloud, kind: cloud }")
        .Conduit("{ id: ops-line, from: ops, to: control-line1 }")
        .Conduit("{ id: ops-cloud, from: ops, to: cloud }")
        .DataFlow("{ id: upload, from: historian-1, to: cloud, personalOrConfidential: true }")
        .DataFlow("{ id: setpoints, from: cloud, to: plc-line1, feedback: true }")
        .Status("{ id: net-segmentation, status: implemented }")
        .Status("{ id: dev-license-management, status: planned, owner: sec-dept, due: 2027-01-31 }");

    [Fact]
    public void Same_model_at_two_dates_gives_different_licence_threats()
    {
        var model = Plant().Loaded();

        var early = ModelAnalyzer.Analyze(model, new DateOnly(2026, 11, 28));
        var later = ModelAnalyzer.Analyze(model, new DateOnly(2026, 11, 29));

        Assert.Empty(early.ThreatsOf("sf-08"));
        Assert.Equal(["scada-sw"], later.Threat("sf-08", "ops").Assets);
    }

    [Fact]
    public void Same_model_at_two_dates_gives_different_support_findings()
    {
        var model = Plant().Loaded();

        var before = ModelAnalyzer.Analyze(model, new DateOnly(2026, 12, 15));
        var after = ModelAnalyzer.Analyze(model, new DateOnly(2026, 12, 16));

        Assert.Empty(before.FindingsOf("support-ended"));
        Assert.Single(after.FindingsOf("support-ended"));
    }

    [Fact]
    public void Result_carries_the_analysis_date()
    {
        var date = new DateOnly(2027, 1, 2);
        var result = Plant().Analyze(date);

        Assert.Equal(date, result.Date);
        Assert.Equal("2027-01-02", (string?)AnalysisJson.Write(result, CatalogLoader.Default)["date"]);
    }

    [Fact]
    public void Analysing_twice_at_one_date_gives_identical_json()
    {
        var model = Plant().Loaded();
        var date = new DateOnly(2026, 11, 28);

        var first = AnalysisJson.Write(ModelAnalyzer.Analyze(model, date), CatalogLoader.Default).ToJsonString();
        var second = AnalysisJson.Write(ModelAnalyzer.Analyze(model, date), CatalogLoader.Default).ToJsonString();

        Assert.Equal(first, second);
        Assert.Contains("\"sf-01\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_the_same_text_twice_and_analysing_gives_identical_json()
    {
        var first = AnalysisJson.Write(Plant().Analyze(), CatalogLoader.Default).ToJsonString();
        var second = AnalysisJson.Write(Plant().Analyze(), CatalogLoader.Default).ToJsonString();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Json_differs_between_dates_only_where_the_date_matters()
    {
        var model = Plant().Loaded();

        var first = AnalysisJson.Write(ModelAnalyzer.Analyze(model, new DateOnly(2026, 11, 28)), CatalogLoader.Default).ToJsonString();
        var second = AnalysisJson.Write(ModelAnalyzer.Analyze(model, new DateOnly(2026, 11, 29)), CatalogLoader.Default).ToJsonString();

        Assert.NotEqual(first, second);
    }
}
