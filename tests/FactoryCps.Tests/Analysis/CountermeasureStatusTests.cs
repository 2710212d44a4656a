using FactoryCps.Threats;

namespace FactoryCps.Tests.Analysis;

/// <summary>
/// Factory-model spec, derivation 5: an applying threat lists the countermeasures the zone's target level
/// requires, with this site's status (missing when not recorded), and is covered only when each is
/// implemented or not-applicable for its scope.
/// </summary>
public sealed class CountermeasureStatusTests
{
    private const string Threat = "sf-08";

    /// <summary>Licence software (sf-08) in zones <c>ops</c> and <c>office</c>, both of the given importance.</summary>
    private static ModelBuilder Plant(int importance = 2) => ModelBuilder.Empty()
        .Stakeholder("{ id: sec-dept, kind: internal }")
        .Operation("{ id: monitoring, impact: { delivery: " + importance + " } }")
        .Zone("{ id: ops }")
        .Zone("{ id: office }")
        .Asset("{ id: sw-ops, kind: software, zone: ops, operations: [monitoring], licenseExpires: 2026-12-01 }")
        .Asset("{ id: sw-office, kind: software, zone: office, operations: [monitoring], licenseExpires: 2026-12-01 }");

    private static List<string> RequiredFor(int targetLevel)
    {
        var required = AnalysisQueries.Required(Threat, targetLevel);
        Assert.NotEmpty(required);
        return required;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Threat_lists_the_countermeasures_whose_min_level_is_at_most_the_zones_target_level(int importance)
    {
        var result = Plant(importance).Analyze();

        var zone = result.Zone("ops");
        var threat = result.Threat(Threat, "ops");
        Assert.Equal(zone.TargetLevel.Value, threat.TargetLevel);
        Assert.Equal(RequiredFor(zone.TargetLevel.Value), threat.Countermeasures.Select(c => c.Id));
        Assert.All(threat.Countermeasures, c => Assert.True(AnalysisQueries.Catalog.CountermeasuresById[c.Id].MinLevel <= zone.TargetLevel.Value));
    }

    [Fact]
    public void Countermeasures_above_the_target_level_are_not_required()
    {
        var higher = AnalysisQueries.Catalog.CountermeasuresFor(Threat).FirstOrDefault(c => c.MinLevel == 2);
        Assert.NotNull(higher);

        var low = Plant(1).Analyze().Threat(Threat, "ops");
        var medium = Plant(2).Analyze().Threat(Threat, "ops");

        Assert.DoesNotContain(low.Countermeasures, c => c.Id == higher.Id);
        Assert.Contains(medium.Countermeasures, c => c.Id == higher.Id);
    }

    [Fact]
    public void Countermeasure_without_a_recorded_status_is_missing_and_not_recorded()
    {
        var result = Plant().Analyze();

        var threat = result.Threat(Threat, "ops");
        Assert.NotEmpty(threat.Countermeasures);
        Assert.All(threat.Countermeasures, c =>
        {
            Assert.Equal("missing", c.Status);
            Assert.False(c.Recorded);
            Assert.Null(c.Owner);
            Assert.Null(c.Due);
        });
        Assert.False(threat.Covered);
    }

    [Fact]
    public void Countermeasure_with_a_site_wide_status_carries_that_status_owner_and_due_in_every_zone()
    {
        var result = Plant()
            .Status("{ id: dev-license-management, status: partial, owner: sec-dept, due: 2027-03-31 }")
            .Analyze();

        foreach (var zone in new[] { "ops", "office" })
        {
            var state = Assert.Single(result.Threat(Threat, zone).Countermeasures, c => c.Id == "dev-license-management");
            Assert.Equal("partial", state.Status);
            Assert.True(state.Recorded);
            Assert.Equal("sec-dept", state.Owner);
            Assert.Equal(new DateOnly(2027, 3, 31), state.Due);
        }
    }

    [Fact]
    public void Zone_scoped_status_overrides_the_site_wide_one_for_that_zone_only()
    {
        var result = Plant()
            .Status("{ id: dev-license-management, status: partial }")
            .Status("{ id: dev-license-management, status: implemented, scope: [ops] }")
            .Analyze();

        CountermeasureState State(string zone) => Assert.Single(result.Threat(Threat, zone).Countermeasures, c => c.Id == "dev-license-management");
        Assert.Equal("implemented", State("ops").Status);
        Assert.Equal("partial", State("office").Status);
    }

    [Fact]
    public void Zone_scoped_status_does_not_apply_to_other_zones()
    {
        var result = Plant()
            .Status("{ id: dev-license-management, status: implemented, scope: [ops] }")
            .Analyze();

        var office = Assert.Single(result.Threat(Threat, "office").Countermeasures, c => c.Id == "dev-license-management");
        Assert.Equal("missing", office.Status);
        Assert.False(office.Recorded);
    }

    [Fact]
    public void Threat_is_covered_when_every_required_countermeasure_is_implemented()
    {
        var level = Plant().Analyze().Zone("ops").TargetLevel.Value;

        var result = Plant().Statuses(RequiredFor(level), "implemented").Analyze();

        var threat = result.Threat(Threat, "ops");
        Assert.True(threat.Covered);
        Assert.All(threat.Countermeasures, c => Assert.True(c.Recorded));
    }

    [Theory]
    [InlineData("partial")]
    [InlineData("planned")]
    [InlineData("missing")]
    public void Threat_is_not_covered_when_one_required_countermeasure_is_not_in_place(string status)
    {
        var level = Plant().Analyze().Zone("ops").TargetLevel.Value;
        var required = RequiredFor(level);

        var result = Plant()
            .Statuses(required.Skip(1), "implemented")
            .Status("{ id: " + required[0] + ", status: " + status + " }")
            .Analyze();

        var threat = result.Threat(Threat, "ops");
        Assert.False(threat.Covered);
        Assert.Equal(status, Assert.Single(threat.Countermeasures, c => c.Id == required[0]).Status);
    }

    [Fact]
    public void Not_applicable_counts_as_covering()
    {
        var level = Plant().Analyze().Zone("ops").TargetLevel.Value;
        var required = RequiredFor(level);

        var result = Plant()
            .Statuses(required.Skip(1), "implemented")
            .Status("{ id: " + required[0] + ", status: not-applicable }")
            .Analyze();

        Assert.True(result.Threat(Threat, "ops").Covered);
    }

    [Fact]
    public void Countermeasure_implemented_only_in_another_zone_does_not_cover_this_one()
    {
        var level = Plant().Analyze().Zone("ops").TargetLevel.Value;
        var required = RequiredFor(level);

        var builder = Plant();
        foreach (var id in required)
        {
            builder.Status("{ id: " + id + ", status: implemented, scope: [ops] }");
        }

        var result = builder.Analyze();

        Assert.True(result.Threat(Threat, "ops").Covered);
        Assert.False(result.Threat(Threat, "office").Covered);
    }

    [Fact]
    public void Zone_scoped_partial_status_uncovers_a_threat_that_site_wide_statuses_cover()
    {
        var level = Plant().Analyze().Zone("ops").TargetLevel.Value;
        var required = RequiredFor(level);

        var result = Plant()
            .Statuses(required, "implemented")
            .Status("{ id: " + required[^1] + ", status: partial, scope: [office] }")
            .Analyze();

        Assert.True(result.Threat(Threat, "ops").Covered);
        Assert.False(result.Threat(Threat, "office").Covered);
    }
}
