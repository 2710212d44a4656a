namespace FactoryCps.Tests.Analysis;

/// <summary>
/// Factory-model spec, derivation 4: the extension's smart-factory threats apply by catalogue rules, each on
/// the zone the spec names (and with the asset when the rule is about an asset).
/// </summary>
public sealed class SmartFactoryThreatTests
{
    /// <summary>
    /// Zones <c>control</c> (a PLC, importance 3) and <c>ops</c> (a historian, importance 2), joined zone to zone;
    /// an external <c>cloud</c> nobody is connected to yet.
    /// </summary>
    private static ModelBuilder Plant() => ModelBuilder.Empty()
        .Operation("{ id: production, impact: { safety: 3 } }")
        .Operation("{ id: monitoring, impact: { delivery: 2 } }")
        .Zone("{ id: control }")
        .Zone("{ id: ops }")
        .Asset("{ id: plc-1, kind: plc, zone: control, operations: [production] }")
        .Asset("{ id: historian-1, kind: historian, zone: ops, operations: [monitoring] }")
        .External("{ id: cloud, kind: cloud }")
        .Conduit("{ id: ops-control, from: ops, to: control, controls: [firewall] }");

    // --- sf-01: a zone with a conduit to an external ---

    [Theory]
    [InlineData("{ id: ops-cloud, from: ops, to: cloud, encrypted: true }")]
    [InlineData("{ id: cloud-ops, from: cloud, to: ops, encrypted: true }")]
    public void Sf01_applies_to_the_zone_with_a_conduit_to_an_external(string conduit)
    {
        var result = Plant().Conduit(conduit).Analyze();

        var threat = Assert.Single(result.ThreatsOf("sf-01"));
        Assert.Equal("ops", threat.Zone);
        Assert.Contains(threat.Matches, m => m.Rule == "sf-01-external-conduit" && m.Subject == "zone ops");
    }

    [Fact]
    public void Sf01_does_not_apply_to_zones_whose_conduits_are_all_zone_to_zone()
    {
        var result = Plant().Analyze();

        Assert.Empty(result.ThreatsOf("sf-01"));
    }

    // --- sf-02, sf-03: general-purpose products ---

    [Theory]
    [InlineData("sf-02")]
    [InlineData("sf-03")]
    public void General_purpose_asset_brings_its_threat_onto_its_zone_with_the_asset(string threat)
    {
        var result = Plant()
            .Asset("{ id: camera-1, kind: camera, zone: control, operations: [production], generalPurpose: true }")
            .Analyze();

        var applied = Assert.Single(result.ThreatsOf(threat));
        Assert.Equal("control", applied.Zone);
        Assert.Equal(["camera-1"], applied.Assets);
    }

    [Theory]
    [InlineData("sf-02", "generalPurpose: false")]
    [InlineData("sf-03", "generalPurpose: false")]
    [InlineData("sf-02", "vendor: Example")]
    [InlineData("sf-03", "vendor: Example")]
    public void Asset_that_is_not_general_purpose_brings_no_general_purpose_threat(string threat, string field)
    {
        var result = Plant()
            .Asset("{ id: camera-1, kind: camera, zone: control, operations: [production], " + field + " }")
            .Analyze();

        Assert.Empty(result.ThreatsOf(threat));
    }

    // --- sf-04: data stored outside ---

    [Fact]
    public void Sf04_applies_to_the_sending_zone_of_a_data_flow_to_an_external()
    {
        var result = Plant()
            .DataFlow("{ id: upload, from: historian-1, to: cloud, data: 稼働データ }")
            .Analyze();

        var threat = Assert.Single(result.ThreatsOf("sf-04"));
        Assert.Equal("ops", threat.Zone);
        Assert.Contains(threat.Matches, m => m.Subject == "dataFlow upload");
    }

    [Fact]
    public void Sf04_applies_to_a_data_flow_into_a_saas_asset()
    {
        var result = Plant()
            .Asset("{ id: analytics, kind: saas, operations: [monitoring] }")
            .DataFlow("{ id: upload, from: historian-1, to: analytics }")
            .Analyze();

        Assert.Equal("ops", Assert.Single(result.ThreatsOf("sf-04")).Zone);
    }

    [Theory]
    [InlineData("saas")]
    [InlineData("cloud-service")]
    public void Sf04_applies_to_a_cloud_asset_that_stores_data_at_the_site_level_when_it_has_no_zone(string kind)
    {
        var result = Plant()
            .Asset("{ id: storage, kind: " + kind + ", operations: [monitoring], storesData: true }")
            .Analyze();

        var threat = Assert.Single(result.ThreatsOf("sf-04"));
        Assert.Null(threat.Zone);
        Assert.Equal(["storage"], threat.Assets);
    }

    [Fact]
    public void Sf04_applies_to_a_cloud_asset_that_stores_data_on_its_zone_when_it_has_one()
    {
        var result = Plant()
            .Asset("{ id: storage, kind: cloud-service, zone: ops, operations: [monitoring], storesData: true }")
            .Analyze();

        var threat = Assert.Single(result.ThreatsOf("sf-04"));
        Assert.Equal("ops", threat.Zone);
        Assert.Equal(["storage"], threat.Assets);
    }

    [Theory]
    [InlineData("{ id: analytics, kind: saas, operations: [monitoring] }")]
    [InlineData("{ id: analytics, kind: saas, operations: [monitoring], storesData: false }")]
    [InlineData("{ id: analytics, kind: database, zone: ops, operations: [monitoring], storesData: true }")]
    public void Sf04_does_not_apply_to_an_asset_that_is_not_a_cloud_store(string asset)
    {
        var result = Plant().Asset(asset).Analyze();

        Assert.Empty(result.ThreatsOf("sf-04"));
    }

    [Fact]
    public void Sf04_does_not_apply_to_data_flows_within_the_site()
    {
        var result = Plant()
            .DataFlow("{ id: collect, from: plc-1, to: historian-1 }")
            .DataFlow("{ id: zone-copy, from: control, to: ops }")
            .Analyze();

        Assert.Empty(result.ThreatsOf("sf-04"));
    }

    // --- sf-05: data processed by a program or service ---

    [Theory]
    [InlineData("historian")]
    [InlineData("mes")]
    [InlineData("erp")]
    [InlineData("database")]
    [InlineData("server")]
    public void Sf05_applies_to_the_receiving_zone_of_a_data_flow_into_a_data_processing_asset(string kind)
    {
        var result = Plant()
            .Asset("{ id: receiver, kind: " + kind + ", zone: ops, operations: [monitoring] }")
            .DataFlow("{ id: collect, from: plc-1, to: receiver }")
            .Analyze();

        var threat = Assert.Single(result.ThreatsOf("sf-05"));
        Assert.Equal("ops", threat.Zone);
        Assert.Contains(threat.Matches, m => m.Subject == "dataFlow collect");
    }

    [Theory]
    [InlineData("to: plc-1")]
    [InlineData("to: ops")]
    [InlineData("to: cloud")]
    public void Sf05_does_not_apply_to_a_data_flow_into_something_that_does_not_process_data(string to)
    {
        var result = Plant()
            .DataFlow("{ id: push, from: historian-1, " + to + " }")
            .Analyze();

        Assert.Empty(result.ThreatsOf("sf-05"));
    }

    // --- sf-06: feedback into control ---

    [Fact]
    public void Sf06_applies_to_the_receiving_assets_zone_of_a_feedback_flow()
    {
        var result = Plant()
            .DataFlow("{ id: setpoints, from: historian-1, to: plc-1, feedback: true }")
            .Analyze();

        var threat = Assert.Single(result.ThreatsOf("sf-06"));
        Assert.Equal("control", threat.Zone);
    }

    [Fact]
    public void Sf06_from_an_external_lands_on_the_receiving_assets_zone()
    {
        var result = Plant()
            .DataFlow("{ id: setpoints, from: cloud, to: plc-1, feedback: true }")
            .Analyze();

        Assert.Equal("control", Assert.Single(result.ThreatsOf("sf-06")).Zone);
    }

    [Theory]
    [InlineData("feedback: false")]
    [InlineData("data: 参照のみ")]
    public void Sf06_does_not_apply_to_a_flow_that_is_not_feedback(string field)
    {
        var result = Plant()
            .DataFlow("{ id: setpoints, from: historian-1, to: plc-1, " + field + " }")
            .Analyze();

        Assert.Empty(result.ThreatsOf("sf-06"));
    }

    // --- sf-07: data store running full ---

    [Theory]
    [InlineData("storesData: true, capacityUsedPercent: 80", true)]
    [InlineData("storesData: true, capacityUsedPercent: 100", true)]
    [InlineData("storesData: true, capacityUsedPercent: 79", false)]
    [InlineData("storesData: true", false)]
    [InlineData("storesData: false, capacityUsedPercent: 95", false)]
    public void Sf07_applies_to_a_data_store_at_80_percent_or_more(string fields, bool applies)
    {
        var result = Plant()
            .Asset("{ id: store, kind: database, zone: ops, operations: [monitoring], " + fields + " }")
            .Analyze();

        if (applies)
        {
            var threat = Assert.Single(result.ThreatsOf("sf-07"));
            Assert.Equal("ops", threat.Zone);
            Assert.Equal(["store"], threat.Assets);
        }
        else
        {
            Assert.Empty(result.ThreatsOf("sf-07"));
        }
    }

    // --- sf-08: licence running out ---

    [Theory]
    [InlineData("2027-02-26", true)]
    [InlineData("2027-02-27", false)]
    [InlineData("2026-11-28", true)]
    [InlineData("2026-01-01", true)]
    [InlineData("2028-01-01", false)]
    public void Sf08_applies_to_a_licence_expiring_within_90_days_of_the_analysis_date_or_past(string expires, bool applies)
    {
        var result = Plant()
            .Asset("{ id: scada-sw, kind: software, zone: ops, operations: [monitoring], licenseExpires: " + expires + " }")
            .Analyze(new DateOnly(2026, 11, 28));

        if (applies)
        {
            var threat = Assert.Single(result.ThreatsOf("sf-08"));
            Assert.Equal("ops", threat.Zone);
            Assert.Equal(["scada-sw"], threat.Assets);
        }
        else
        {
            Assert.Empty(result.ThreatsOf("sf-08"));
        }
    }

    [Fact]
    public void Sf08_does_not_apply_without_a_licence_date()
    {
        var result = Plant().Asset("{ id: scada-sw, kind: software, zone: ops, operations: [monitoring] }").Analyze();

        Assert.Empty(result.ThreatsOf("sf-08"));
    }

    // --- sf-09: confidential data sent outside ---

    [Fact]
    public void Sf09_applies_to_the_sending_zone_of_confidential_data_to_an_external()
    {
        var result = Plant()
            .DataFlow("{ id: upload, from: historian-1, to: cloud, personalOrConfidential: true }")
            .Analyze();

        var threat = Assert.Single(result.ThreatsOf("sf-09"));
        Assert.Equal("ops", threat.Zone);
        Assert.Contains(threat.Matches, m => m.Subject == "dataFlow upload");
    }

    [Theory]
    [InlineData("{ id: upload, from: historian-1, to: cloud, personalOrConfidential: false }")]
    [InlineData("{ id: upload, from: historian-1, to: cloud }")]
    [InlineData("{ id: upload, from: historian-1, to: control, personalOrConfidential: true }")]
    [InlineData("{ id: upload, from: historian-1, to: plc-1, personalOrConfidential: true }")]
    public void Sf09_does_not_apply_unless_confidential_data_goes_to_an_external(string flow)
    {
        var result = Plant().DataFlow(flow).Analyze();

        Assert.Empty(result.ThreatsOf("sf-09"));
    }

    [Fact]
    public void The_base_plant_has_none_of_the_smart_factory_threats()
    {
        // Guards the negative cases above: each sf-* absence is down to the case, not the base model.
        var result = Plant().Analyze();

        Assert.DoesNotContain(result.Threats, t => t.Threat.StartsWith("sf-", StringComparison.Ordinal));
        Assert.NotEmpty(result.Threats);
    }

    [Fact]
    public void Each_threat_lands_once_per_zone_with_every_match_recorded()
    {
        var result = Plant()
            .Asset("{ id: camera-1, kind: camera, zone: control, operations: [production], generalPurpose: true }")
            .Asset("{ id: camera-2, kind: camera, zone: control, operations: [production], generalPurpose: true }")
            .Analyze();

        var threat = Assert.Single(result.ThreatsOf("sf-02"));
        Assert.Equal(["camera-1", "camera-2"], threat.Assets);
        Assert.Equal(2, threat.Matches.Count);
    }
}
