using FactoryCps.Findings;

namespace FactoryCps.Tests.Analysis;

/// <summary>Factory-model spec, derivation 6: findings with severity and a bilingual message, both ways.</summary>
public sealed class FindingTests
{
    /// <summary>Basic model with a reviewed BCP, so that only what a test adds produces findings.</summary>
    private static ModelBuilder Reviewed() => ModelBuilder.Basic().Bcp("{ reviewed: 2026-04-01 }");

    private static void AssertBilingual(Finding finding, string nameOrId)
    {
        Assert.False(string.IsNullOrWhiteSpace(finding.Message.Ja));
        Assert.False(string.IsNullOrWhiteSpace(finding.Message.En));
        Assert.NotEqual(finding.Message.Ja, finding.Message.En);
        Assert.Contains(nameOrId, finding.Message.Ja, StringComparison.Ordinal);
        Assert.Contains(nameOrId, finding.Message.En, StringComparison.Ordinal);
        Assert.Contains(finding.Severity, new[] { "high", "medium", "low", "info" });
        Assert.False(string.IsNullOrWhiteSpace(finding.Reference));
    }

    [Fact]
    public void Basic_reviewed_model_has_none_of_the_spec_findings()
    {
        var result = Reviewed().Analyze();

        string[] specFindings = ["unbound-asset", "bcp-not-reviewed", "bcp-older-than-objective", "unprotected-crossing", "unencrypted-external-conduit", "support-ended"];
        Assert.DoesNotContain(result.Findings, f => specFindings.Contains(f.Id));
    }

    // --- unbound asset ---

    [Theory]
    [InlineData("{ id: spare-pc, name: 予備PC, kind: pc, zone: control-line1 }")]
    [InlineData("{ id: spare-pc, name: 予備PC, kind: pc, zone: control-line1, operations: [] }")]
    public void Asset_serving_no_operation_is_an_unbound_asset(string asset)
    {
        var result = Reviewed().Asset(asset).Analyze();

        var finding = result.Finding("unbound-asset", "spare-pc");
        Assert.Equal("asset", finding.SubjectKind);
        AssertBilingual(finding, "spare-pc");
        Assert.Contains("予備PC", finding.Message.Ja, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Findings, f => f.Id == "unbound-asset" && f.Subject == "plc-line1");
    }

    [Fact]
    public void Unbound_asset_is_a_warning_that_does_not_stop_loading()
    {
        var load = Reviewed().Asset("{ id: spare-pc, kind: pc, zone: control-line1 }").Load();

        Assert.True(load.Succeeded);
        Assert.Contains(load.Diagnostics, d => d.Message.Key == "ModelUnboundAsset" && d.Severity == Diagnostics.Severity.Warning);
    }

    // --- BCP ---

    [Fact]
    public void Bcp_never_reviewed_is_reported_for_the_site()
    {
        var result = ModelBuilder.Basic().Analyze();

        var finding = result.Finding("bcp-not-reviewed", "test-site");
        Assert.Equal("site", finding.SubjectKind);
        AssertBilingual(finding, "BCP");
    }

    [Fact]
    public void Bcp_without_a_review_date_counts_as_never_reviewed()
    {
        var result = ModelBuilder.Basic().Bcp("{ maxTolerableDowntimeHours: 48 }").Analyze();

        Assert.Single(result.FindingsOf("bcp-not-reviewed"));
    }

    [Fact]
    public void Bcp_reviewed_is_not_reported_as_never_reviewed()
    {
        var result = Reviewed().Analyze();

        Assert.Empty(result.FindingsOf("bcp-not-reviewed"));
    }

    [Fact]
    public void Bcp_reviewed_before_the_newest_objective_is_reported()
    {
        var result = ModelBuilder.Basic()
            .Bcp("{ reviewed: 2026-04-01 }")
            .Objective("{ id: visualize, kind: visualization, since: 2025-10-01 }")
            .Objective("{ id: ai-quality, kind: collaborative-manufacturing, since: 2026-06-01 }")
            .Analyze();

        var finding = result.Finding("bcp-older-than-objective", "test-site");
        AssertBilingual(finding, "BCP");
        Assert.Empty(result.FindingsOf("bcp-not-reviewed"));
    }

    [Theory]
    [InlineData("2026-07-01")]
    [InlineData("2026-06-01")]
    public void Bcp_reviewed_on_or_after_the_newest_objective_is_not_reported(string reviewed)
    {
        var result = ModelBuilder.Basic()
            .Bcp("{ reviewed: " + reviewed + " }")
            .Objective("{ id: visualize, kind: visualization, since: 2025-10-01 }")
            .Objective("{ id: ai-quality, kind: collaborative-manufacturing, since: 2026-06-01 }")
            .Analyze();

        Assert.Empty(result.FindingsOf("bcp-older-than-objective"));
    }

    [Fact]
    public void Bcp_is_not_compared_with_objectives_that_have_no_since_date()
    {
        var result = ModelBuilder.Basic()
            .Bcp("{ reviewed: 2020-01-01 }")
            .Objective("{ id: visualize, kind: visualization }")
            .Analyze();

        Assert.Empty(result.FindingsOf("bcp-older-than-objective"));
    }

    // --- unprotected crossing ---

    /// <summary>Zones <c>high</c> (importance 3), <c>medium</c> (2) and <c>low</c> (1).</summary>
    private static ModelBuilder ThreeZones() => ModelBuilder.Empty()
        .Bcp("{ reviewed: 2026-04-01 }")
        .Operation("{ id: op-high, impact: { safety: 3 } }")
        .Operation("{ id: op-medium, impact: { delivery: 2 } }")
        .Operation("{ id: op-low, impact: { cost: 1 } }")
        .Zone("{ id: high }")
        .Zone("{ id: medium }")
        .Zone("{ id: low }")
        .Asset("{ id: plc-1, kind: plc, zone: high, operations: [op-high] }")
        .Asset("{ id: scada-1, kind: scada, zone: medium, operations: [op-medium] }")
        .Asset("{ id: pc-1, kind: pc, zone: low, operations: [op-low] }");

    [Theory]
    [InlineData("{ id: low-high, from: low, to: high }")]
    [InlineData("{ id: low-high, from: high, to: low }")]
    [InlineData("{ id: low-high, from: low, to: high, controls: [vpn, ids] }")]
    [InlineData("{ id: low-high, from: low, to: high, controls: [none] }")]
    public void Conduit_between_zones_two_importance_apart_without_a_barrier_is_an_unprotected_crossing(string conduit)
    {
        var result = ThreeZones().Conduit(conduit).Analyze();

        var finding = result.Finding("unprotected-crossing", "low-high");
        Assert.Equal("conduit", finding.SubjectKind);
        Assert.Equal("high", finding.Severity);
        AssertBilingual(finding, "low-high");
    }

    [Theory]
    [InlineData("firewall")]
    [InlineData("data-diode")]
    [InlineData("proxy")]
    public void Conduit_with_a_firewall_data_diode_or_proxy_is_not_an_unprotected_crossing(string control)
    {
        var result = ThreeZones().Conduit("{ id: low-high, from: low, to: high, controls: [vpn, " + control + "] }").Analyze();

        Assert.Empty(result.FindingsOf("unprotected-crossing"));
    }

    [Theory]
    [InlineData("{ id: c, from: medium, to: high }")]
    [InlineData("{ id: c, from: low, to: medium }")]
    public void Conduit_between_zones_one_importance_apart_is_not_an_unprotected_crossing(string conduit)
    {
        var result = ThreeZones().Conduit(conduit).Analyze();

        Assert.Empty(result.FindingsOf("unprotected-crossing"));
    }

    [Fact]
    public void Conduit_to_an_external_is_not_an_unprotected_crossing()
    {
        var result = ThreeZones()
            .External("{ id: cloud, kind: cloud }")
            .Conduit("{ id: high-cloud, from: high, to: cloud, encrypted: true }")
            .Analyze();

        Assert.Empty(result.FindingsOf("unprotected-crossing"));
    }

    // --- unencrypted conduit to an external ---

    [Theory]
    [InlineData("{ id: line-cloud, from: control-line1, to: cloud, encrypted: false }")]
    [InlineData("{ id: line-cloud, from: control-line1, to: cloud }")]
    [InlineData("{ id: line-cloud, from: cloud, to: control-line1, encrypted: false }")]
    public void Conduit_to_an_external_that_is_not_encrypted_is_reported(string conduit)
    {
        var result = Reviewed().External("{ id: cloud, kind: cloud }").Conduit(conduit).Analyze();

        var finding = result.Finding("unencrypted-external-conduit", "line-cloud");
        Assert.Equal("conduit", finding.SubjectKind);
        AssertBilingual(finding, "line-cloud");
    }

    [Fact]
    public void Encrypted_conduit_to_an_external_is_not_reported()
    {
        var result = Reviewed()
            .External("{ id: cloud, kind: cloud }")
            .Conduit("{ id: line-cloud, from: control-line1, to: cloud, encrypted: true }")
            .Analyze();

        Assert.Empty(result.FindingsOf("unencrypted-external-conduit"));
    }

    [Fact]
    public void Unencrypted_conduit_between_zones_is_not_reported_as_external()
    {
        var result = Reviewed()
            .Zone("{ id: ops }")
            .Conduit("{ id: ops-line, from: ops, to: control-line1, encrypted: false, controls: [firewall] }")
            .Analyze();

        Assert.Empty(result.FindingsOf("unencrypted-external-conduit"));
    }

    // --- support ended ---

    [Theory]
    [InlineData("2026-11-27", true)]
    [InlineData("2020-03-31", true)]
    [InlineData("2026-11-28", false)]
    [InlineData("2026-11-29", false)]
    [InlineData("2030-12-31", false)]
    public void Support_end_before_the_analysis_date_is_reported(string supportEnds, bool reported)
    {
        var result = Reviewed()
            .Asset("{ id: hmi-1, kind: hmi, zone: control-line1, operations: [production], supportEnds: " + supportEnds + " }")
            .Analyze(new DateOnly(2026, 11, 28));

        if (reported)
        {
            var finding = result.Finding("support-ended", "hmi-1");
            Assert.Equal("asset", finding.SubjectKind);
            AssertBilingual(finding, "hmi-1");
        }
        else
        {
            Assert.Empty(result.FindingsOf("support-ended"));
        }
    }

    [Fact]
    public void Findings_are_ordered_by_severity()
    {
        var result = ModelBuilder.Basic()
            .Asset("{ id: spare-pc, kind: pc, zone: control-line1 }")
            .Asset("{ id: hmi-spare, kind: hmi, zone: control-line1, operations: [production], importance: 1, importanceReason: 予備機 }")
            .Analyze();

        string[] order = ["high", "medium", "low", "info"];
        var ranks = result.Findings.Select(f => Array.IndexOf(order, f.Severity)).ToList();
        Assert.Equal(ranks.Order(), ranks);
        Assert.Contains(result.Findings, f => f.Severity == "high");
        Assert.Contains(result.Findings, f => f.Severity == "info");
    }
}
