using FactoryCps.Plans;

namespace FactoryCps.Tests.Analysis;

/// <summary>Step 2: the prioritised action list (<see cref="PlanBuilder"/>).</summary>
public sealed class PlanBuilderTests
{
    /// <summary>Two zones of different importance with several threats each, so that actions differ in risk.</summary>
    private static ModelBuilder Plant() => ModelBuilder.Basic()
        .Stakeholder("{ id: sec-dept, kind: internal }")
        .Operation("{ id: office-work, impact: { cost: 1 } }")
        .Zone("{ id: office }")
        .Asset("{ id: pc-1, kind: pc, zone: office, operations: [office-work] }")
        .Asset("{ id: camera-1, kind: camera, zone: office, operations: [office-work], generalPurpose: true }")
        .Asset("{ id: scada-sw, kind: software, zone: office, operations: [office-work], licenseExpires: 2026-12-01 }")
        .External("{ id: cloud, kind: cloud }")
        .Conduit("{ id: line-cloud, from: control-line1, to: cloud, encrypted: true }")
        .Conduit("{ id: office-line, from: office, to: control-line1, controls: [firewall] }");

    [Fact]
    public void Actions_are_ranked_1_to_n_by_risk_reduced_descending()
    {
        var plan = PlanBuilder.Build(Plant().Analyze());

        Assert.True(plan.Actions.Count > 3);
        Assert.Equal(Enumerable.Range(1, plan.Actions.Count), plan.Actions.Select(a => a.Rank));
        Assert.Equal(plan.Actions.Select(a => a.RiskReduced).OrderDescending(), plan.Actions.Select(a => a.RiskReduced));
        Assert.True(plan.Actions[0].RiskReduced > plan.Actions[^1].RiskReduced);
    }

    [Fact]
    public void Action_risk_reduced_is_the_sum_of_the_uncovered_threats_it_addresses()
    {
        var analysis = Plant().Analyze();
        var plan = PlanBuilder.Build(analysis);

        Assert.All(plan.Actions, action =>
        {
            var threats = analysis.Threats.Where(t => !t.Covered && t.Countermeasures.Any(c => c.Id == action.Countermeasure && c.Status != "implemented" && c.Status != "not-applicable"));
            Assert.Equal(threats.Sum(t => t.Risk.Score), action.RiskReduced);
        });
    }

    [Fact]
    public void Every_gap_of_an_uncovered_threat_becomes_an_action()
    {
        var analysis = Plant().Analyze();
        var plan = PlanBuilder.Build(analysis);

        var gaps = analysis.Threats.Where(t => !t.Covered).SelectMany(t => t.Countermeasures).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(gaps.Order(StringComparer.Ordinal), plan.Actions.Select(a => a.Countermeasure).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Implemented_countermeasure_never_appears_as_an_action()
    {
        var before = PlanBuilder.Build(Plant().Analyze());
        Assert.Contains(before.Actions, a => a.Countermeasure == "net-segmentation");
        Assert.Contains(before.Actions, a => a.Countermeasure == "dev-hardening");

        var plan = PlanBuilder.Build(Plant()
            .Status("{ id: net-segmentation, status: implemented }")
            .Status("{ id: dev-hardening, status: not-applicable }")
            .Analyze());

        Assert.NotEmpty(plan.Actions);
        Assert.DoesNotContain(plan.Actions, a => a.Countermeasure == "net-segmentation");
        Assert.DoesNotContain(plan.Actions, a => a.Countermeasure == "dev-hardening");
    }

    [Fact]
    public void Countermeasure_implemented_in_one_zone_is_an_action_only_for_the_others()
    {
        var plan = PlanBuilder.Build(Plant()
            .Status("{ id: net-segmentation, status: implemented, scope: [control-line1] }")
            .Analyze());

        var action = Assert.Single(plan.Actions, a => a.Countermeasure == "net-segmentation");
        Assert.Equal(["office"], action.Zones);
    }

    [Fact]
    public void Owner_and_due_come_from_the_recorded_status()
    {
        var plan = PlanBuilder.Build(Plant()
            .Status("{ id: dev-license-management, status: planned, owner: sec-dept, due: 2027-03-31 }")
            .Analyze());

        var action = Assert.Single(plan.Actions, a => a.Countermeasure == "dev-license-management");
        Assert.Equal("planned", action.Status);
        Assert.Equal("sec-dept", action.Owner);
        Assert.Equal(new DateOnly(2027, 3, 31), action.Due);
        Assert.Contains("sf-08", action.Threats);
    }

    [Fact]
    public void Unrecorded_gap_is_a_missing_action_without_owner_or_due()
    {
        var plan = PlanBuilder.Build(Plant().Analyze());

        var action = Assert.Single(plan.Actions, a => a.Countermeasure == "dev-license-management");
        Assert.Equal("missing", action.Status);
        Assert.Null(action.Owner);
        Assert.Null(action.Due);
    }

    [Fact]
    public void Fully_covered_model_has_no_actions()
    {
        var required = Plant().Analyze().Threats.SelectMany(t => t.Countermeasures).Select(c => c.Id).Distinct().ToList();

        var plan = PlanBuilder.Build(Plant().Statuses(required, "implemented").Analyze());

        Assert.Empty(plan.Actions);
        Assert.All(plan.Zones, z => Assert.Empty(z.Gaps));
    }

    [Fact]
    public void Zone_policy_lists_the_zones_threats_and_required_countermeasures()
    {
        var analysis = Plant().Analyze();
        var plan = PlanBuilder.Build(analysis);

        var office = Assert.Single(plan.Zones, z => z.Zone == "office");
        Assert.Equal(analysis.Zone("office").TargetLevel.Value, office.TargetLevel);
        Assert.Contains("sf-08", office.Threats);
        Assert.DoesNotContain("sf-01", office.Threats);
        Assert.Contains(office.Required, r => r.Id == "dev-license-management");
    }
}
