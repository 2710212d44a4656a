using FactoryCps.Analysis;
using FactoryCps.Plans;
using FactoryCps.Suppliers.Actions;
using FactoryCps.Tests.Analysis;

namespace FactoryCps.Tests.Suppliers;

/// <summary>How a supplier action is weighed against the plan's countermeasures, when it falls due, and the combined ranking.</summary>
public sealed class SupplierActionPriorityTests
{
    /// <summary>
    /// A safety-critical line and an office, each with a conduit to an external: the same threat (access from an
    /// external network) applies to both, at a higher risk on the line.
    /// </summary>
    private static AnalysisResult Site() => new ModelBuilder()
        .Operation("{ id: production, impact: { safety: 3 } }")
        .Operation("{ id: office-work, impact: { safety: 1 } }")
        .Zone("{ id: control-line1, template: control }")
        .Zone("{ id: office, template: enterprise }")
        .Asset("{ id: plc-line1, kind: plc, zone: control-line1, operations: [production] }")
        .Asset("{ id: pc-office, kind: pc, zone: office, operations: [office-work] }")
        .External("{ id: vendor, kind: vendor-remote }")
        .External("{ id: cloud, kind: cloud }")
        .Conduit("{ id: vendor-link, from: control-line1, to: vendor, protocols: [https] }")
        .Conduit("{ id: cloud-link, from: office, to: cloud, protocols: [https] }")
        .Analyze();

    private static SupplyTouch Touch(string[]? zones = null, string[]? assets = null, string[]? externals = null, string[]? conduits = null) =>
        new(zones ?? [], assets ?? [], externals ?? [], conduits ?? []);

    [Fact]
    public void The_zones_touched_are_the_items_zones_its_assets_zones_its_conduits_ends_and_the_zones_linked_to_its_externals()
    {
        var site = Site();
        Assert.Equal(["control-line1"], SupplierActionPriority.ZonesTouched(site, Touch(assets: ["plc-line1"])));
        Assert.Equal(["office"], SupplierActionPriority.ZonesTouched(site, Touch(externals: ["cloud"])));
        Assert.Equal(["control-line1", "office"], SupplierActionPriority.ZonesTouched(site, Touch(zones: ["office", "no-longer-modelled"], conduits: ["vendor-link"])));
        Assert.Empty(SupplierActionPriority.ZonesTouched(site, Touch()));
    }

    [Fact]
    public void A_point_on_a_more_important_zone_weighs_more_and_a_blocking_one_counts_twice()
    {
        var site = Site();
        var line = SupplierActionPriority.Weigh(site, Touch(zones: ["control-line1"]), blocking: false);
        var office = SupplierActionPriority.Weigh(site, Touch(zones: ["office"]), blocking: false);
        var lineBlocking = SupplierActionPriority.Weigh(site, Touch(zones: ["control-line1"]), blocking: true);

        Assert.True(office.RiskAtStake > 0, "the office has a threat with a risk score");
        Assert.True(line.RiskAtStake > office.RiskAtStake, $"line {line.RiskAtStake} should outweigh office {office.RiskAtStake}");
        Assert.Equal(site.Threats.Where(t => t.Zone == "control-line1").Max(t => t.Risk.Score), line.RiskAtStake);
        Assert.Equal(line.RiskAtStake, line.Score);
        Assert.Equal(2 * line.RiskAtStake, lineBlocking.Score);
        Assert.Equal(site.Zones.Single(z => z.Id == "control-line1").TargetLevel.Value, line.TargetLevel);
        Assert.True(line.TargetLevel > office.TargetLevel, "the line's target level is derived from a higher importance");
    }

    [Fact]
    public void An_item_that_touches_nothing_of_the_model_weighs_nothing_and_gets_the_longest_default_due_date()
    {
        var weight = SupplierActionPriority.Weigh(Site(), Touch(), blocking: false);
        Assert.Equal((0, 0, 0), (weight.RiskAtStake, weight.TargetLevel, weight.Score));
        Assert.Equal(new DateOnly(2027, 5, 29), SupplierActionPriority.DefaultDue(new DateOnly(2026, 11, 30), weight, blocking: false));
    }

    [Theory]
    [InlineData(4, false, 30)]
    [InlineData(3, false, 60)]
    [InlineData(2, false, 90)]
    [InlineData(1, false, 180)]
    [InlineData(0, false, 180)]
    [InlineData(1, true, 30)]
    [InlineData(4, true, 30)]
    public void The_default_due_date_is_sooner_for_a_higher_target_level_and_within_a_month_when_blocking(int targetLevel, bool blocking, int days)
    {
        Assert.Equal(days, SupplierActionPriority.DueDays(targetLevel, blocking));
        var weight = new SupplierActionWeight([], 10, targetLevel, 10);
        Assert.Equal(new DateOnly(2026, 12, 1).AddDays(days), SupplierActionPriority.DefaultDue(new DateOnly(2026, 12, 1), weight, blocking));
    }

    [Fact]
    public void Countermeasures_and_supplier_actions_share_one_ranking_by_score_with_blocking_points_first_at_a_tie()
    {
        PlanAction Countermeasure(string id, int rank, int risk) => new(rank, id, "missing", ["control-line1"], ["t"], risk, "3", null, null);
        ExternalPlanItem<string> Supplier(string name, int score, bool blocking, DateOnly? due, long order) => new(name, score, blocking, due, order);

        var merged = CombinedPlan.Merge(
            [Countermeasure("cm-a", 1, 20), Countermeasure("cm-b", 2, 10)],
            [
                Supplier("late", 20, false, new DateOnly(2027, 1, 1), 1),
                Supplier("small", 5, true, null, 2),
                Supplier("blocking", 20, true, null, 3),
                Supplier("soon", 20, false, new DateOnly(2026, 12, 1), 4),
                Supplier("undated", 20, false, null, 5),
            ],
            new DateOnly(2026, 11, 1));

        Assert.Equal(
            ["blocking", "cm-a", "soon", "late", "undated", "cm-b", "small"],
            merged.Select(e => e.Countermeasure?.Countermeasure ?? e.External!.Item));
        Assert.Equal(Enumerable.Range(1, 7), merged.Select(e => e.Rank));
        Assert.All(merged, e => Assert.True(e.Countermeasure is null != (e.External is null)));
    }

    [Fact]
    public void A_reviews_actions_are_placed_by_their_due_date_due_soon_or_overdue_first_the_others_after_the_weighed_items()
    {
        var today = new DateOnly(2026, 12, 1);
        PlanAction Countermeasure(string id, int rank, int risk) => new(rank, id, "missing", ["control-line1"], ["t"], risk, "3", null, null);
        ExternalPlanItem<string> Review(string name, DateOnly? due, long order) => ExternalPlanItem<string>.Dated(name, due, order);

        var merged = CombinedPlan.Merge(
            [Countermeasure("cm-a", 1, 20), Countermeasure("cm-b", 2, 0)],
            [
                Review("next-year", new DateOnly(2027, 6, 1), 1),
                Review("undated", null, 2),
                Review("in-two-weeks", today.AddDays(CombinedPlan.DatedSoonDays), 3),
                Review("overdue", today.AddDays(-3), 4),
                Review("in-three-weeks", today.AddDays(21), 5),
                new ExternalPlanItem<string>("blocking-supplier", 40, true, null, 6),
            ],
            today);

        Assert.Equal(
            ["overdue", "in-two-weeks", "blocking-supplier", "cm-a", "cm-b", "in-three-weeks", "next-year", "undated"],
            merged.Select(e => e.Countermeasure?.Countermeasure ?? e.External!.Item));
        Assert.Equal(Enumerable.Range(1, 8), merged.Select(e => e.Rank));
        Assert.All(merged.Where(e => e.External?.Kind == ExternalPlanKind.Dated), e => Assert.Equal(0, e.Score));
    }
}
