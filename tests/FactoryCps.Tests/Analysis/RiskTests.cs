using FactoryCps.Analysis;
using FactoryCps.Catalog.Loading;
using FactoryCps.Guideline;
using FactoryCps.Localization;

namespace FactoryCps.Tests.Analysis;

/// <summary>Risk (docs/catalog.md, riskModel): importance × threat level × vulnerability level, and its grade.</summary>
public sealed class RiskTests
{
    private static readonly RiskModel Model = CatalogLoader.Default.RiskModel;

    /// <summary>A high-importance control zone <c>control-line1</c> with a cloud connection (sf-01), and a low office zone.</summary>
    private static ModelBuilder Plant() => ModelBuilder.Basic()
        .Operation("{ id: office-work, impact: { cost: 1 } }")
        .Zone("{ id: office }")
        .Asset("{ id: pc-1, kind: pc, zone: office, operations: [office-work] }")
        .External("{ id: cloud, kind: cloud }")
        .Conduit("{ id: line-cloud, from: control-line1, to: cloud, encrypted: true }")
        .Conduit("{ id: office-line, from: office, to: control-line1, controls: [firewall] }");

    private static int ExpectedThreatLevel(string threat, params string[] rules)
    {
        var exposure = CatalogLoader.Default.Rules.Where(r => rules.Contains(r.Id)).Select(r => r.Exposure).DefaultIfEmpty(0).Max();
        return Math.Min(3, CatalogLoader.Default.ThreatsById[threat].Level + exposure);
    }

    [Fact]
    public void Catalogue_grades_are_A27_B18_C9_D4_E1()
    {
        Assert.Equal(
            [("A", 27), ("B", 18), ("C", 9), ("D", 4), ("E", 1)],
            Model.Grades.Select(g => (g.Grade, g.MinScore)));
    }

    [Theory]
    [InlineData(27, "A")]
    [InlineData(18, "B")]
    [InlineData(12, "C")]
    [InlineData(9, "C")]
    [InlineData(8, "D")]
    [InlineData(4, "D")]
    [InlineData(3, "E")]
    [InlineData(1, "E")]
    public void Score_maps_to_the_grade_of_the_highest_threshold_it_reaches(int score, string grade)
    {
        Assert.Equal(grade, Model.Grade(score).Grade);
    }

    [Fact]
    public void Every_applied_threat_scores_importance_times_threat_level_times_vulnerability_with_its_grade()
    {
        var result = Plant()
            .Asset("{ id: camera-1, kind: camera, zone: office, operations: [office-work], generalPurpose: true }")
            .Status("{ id: net-segmentation, status: implemented }")
            .Status("{ id: dev-hardening, status: partial }")
            .Analyze();

        Assert.True(result.Threats.Count > 5);
        Assert.All(result.Threats, t =>
        {
            Assert.Equal(t.Risk.Importance * t.Risk.ThreatLevel * t.Risk.VulnerabilityLevel, t.Risk.Score);
            Assert.Equal(Model.Grade(t.Risk.Score).Grade, t.Risk.Grade);
            Assert.Equal(Model.Grade(t.Risk.Score).Label, t.Risk.Label);
            Assert.Equal(Model.VulnerabilityLevel(t.Risk.PercentInPlace), t.Risk.VulnerabilityLevel);
            Assert.InRange(t.Risk.ThreatLevel, 1, 3);
        });
    }

    [Fact]
    public void Threat_level_of_sf01_is_raised_by_the_rules_exposure()
    {
        var result = Plant().Analyze();

        var threat = result.Threat("sf-01", "control-line1");
        var expected = ExpectedThreatLevel("sf-01", "sf-01-external-conduit");
        Assert.Equal(expected, threat.Risk.ThreatLevel);
        Assert.True(expected > CatalogLoader.Default.ThreatsById["sf-01"].Level, "sf-01's rule should raise its level");
    }

    [Fact]
    public void Threat_level_without_exposure_is_the_catalogue_level()
    {
        var result = Plant()
            .Asset("{ id: camera-1, kind: camera, zone: office, operations: [office-work], generalPurpose: true }")
            .Analyze();

        Assert.Equal(CatalogLoader.Default.ThreatsById["sf-02"].Level, result.Threat("sf-02", "office").Risk.ThreatLevel);
    }

    [Fact]
    public void Threat_level_raised_by_exposure_is_capped_at_3()
    {
        const string overlay = """
            catalog: 1
            rules:
              - id: test-sf-01-wide-open
                threat: sf-01
                subject: zone
                when: any(conduits, to.type == 'external' or from.type == 'external')
                at: self
                exposure: 2
                description: { ja: テスト用, en: For tests }
                source: factorycps
                confidence: derived
            """;
        var load = CatalogLoader.LoadWithOverlayText("overlay.yaml", overlay);
        Assert.True(load.Succeeded, string.Join("\n", load.Diagnostics.Select(d => d.Render(Language.En))));
        Assert.True(load.Catalog!.ThreatsById["sf-01"].Level + 2 > 3);

        var result = Plant().WithCatalog(load.Catalog).Analyze();

        Assert.Equal(3, result.Threat("sf-01", "control-line1").Risk.ThreatLevel);
    }

    [Fact]
    public void Importance_factor_is_the_zones_importance_for_a_zone_rule()
    {
        var result = ModelBuilder.Empty()
            .Operation("{ id: monitoring, impact: { delivery: 2 } }")
            .Zone("{ id: ops }")
            .Asset("{ id: historian-1, kind: historian, zone: ops, operations: [monitoring] }")
            .External("{ id: cloud, kind: cloud }")
            .Conduit("{ id: ops-cloud, from: ops, to: cloud, encrypted: true }")
            .Analyze();

        Assert.Equal(2, result.Threat("sf-01", "ops").Risk.Importance);
    }

    [Fact]
    public void Vulnerability_is_3_when_nothing_is_in_place()
    {
        var result = Plant().Analyze();

        var risk = result.Threat("sf-01", "control-line1").Risk;
        Assert.Equal(0, risk.PercentInPlace);
        Assert.Equal(3, risk.VulnerabilityLevel);
        Assert.Equal(Model.VulnerabilityLevel(0), risk.VulnerabilityLevel);
    }

    [Fact]
    public void Vulnerability_is_1_when_everything_required_is_in_place()
    {
        var required = Plant().Analyze().Threat("sf-01", "control-line1").Countermeasures.Select(c => c.Id).ToList();

        var result = Plant().Statuses(required, "implemented").Analyze();

        var risk = result.Threat("sf-01", "control-line1").Risk;
        Assert.Equal(100, risk.PercentInPlace);
        Assert.Equal(1, risk.VulnerabilityLevel);
        Assert.Equal(risk.Importance * risk.ThreatLevel, risk.Score);
    }

    [Fact]
    public void Vulnerability_follows_the_weighted_share_in_place()
    {
        var required = Plant().Analyze().Threat("sf-01", "control-line1").Countermeasures.Select(c => c.Id).ToList();

        var result = Plant().Statuses(required, "partial").Analyze();

        var risk = result.Threat("sf-01", "control-line1").Risk;
        Assert.Equal(Model.StatusWeights["partial"], risk.PercentInPlace);
        Assert.Equal(Model.VulnerabilityLevel(Model.StatusWeights["partial"]), risk.VulnerabilityLevel);
        Assert.Equal(2, risk.VulnerabilityLevel);
    }

    [Fact]
    public void Not_applicable_countermeasures_are_left_out_of_the_share_in_place()
    {
        var required = Plant().Analyze().Threat("sf-01", "control-line1").Countermeasures.Select(c => c.Id).ToList();
        Assert.True(required.Count >= 2);

        var result = Plant()
            .Statuses(required.Take(1), "implemented")
            .Statuses(required.Skip(1), "not-applicable")
            .Analyze();

        var risk = result.Threat("sf-01", "control-line1").Risk;
        Assert.Equal(100, risk.PercentInPlace);
        Assert.Equal(1, risk.VulnerabilityLevel);
    }

    [Fact]
    public void Exposed_high_importance_zone_with_nothing_in_place_scores_27_grade_A()
    {
        var result = Plant().Analyze();

        var risk = result.Threat("sf-01", "control-line1").Risk;
        var expected = 3 * ExpectedThreatLevel("sf-01", "sf-01-external-conduit") * Model.VulnerabilityLevel(0);
        Assert.Equal(expected, risk.Score);
        Assert.Equal(27, risk.Score);
        Assert.Equal("A", risk.Grade);
    }

    [Fact]
    public void Covered_threat_in_a_low_zone_scores_low()
    {
        var required = Plant().Analyze().Threat("ct-unauthorized-access", "office").Countermeasures.Select(c => c.Id).ToList();

        var result = Plant().Statuses(required, "implemented").Analyze();

        var threat = result.Threat("ct-unauthorized-access", "office");
        Assert.True(threat.Covered);
        var expected = 1 * ExpectedThreatLevel("ct-unauthorized-access", "ct-unauthorized-access-connected") * 1;
        Assert.Equal(expected, threat.Risk.Score);
        Assert.Equal(Model.Grade(expected).Grade, threat.Risk.Grade);
    }

    [Fact]
    public void Risk_is_reported_in_the_analysis_json()
    {
        var result = Plant().Analyze();
        var json = AnalysisJson.Write(result, CatalogLoader.Default);

        var sf01 = Assert.Single(json["threats"]!.AsArray(), t => (string?)t!["threat"] == "sf-01")!;
        var threat = result.Threat("sf-01", "control-line1");
        Assert.Equal(threat.Risk.Score, (int?)sf01["risk"]!["score"]);
        Assert.Equal(threat.Risk.Grade, (string?)sf01["risk"]!["grade"]);
    }
}
