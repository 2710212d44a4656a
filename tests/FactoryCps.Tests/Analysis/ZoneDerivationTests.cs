using FactoryCps.Analysis;
using FactoryCps.Catalog.Loading;
using FactoryCps.Localization;

namespace FactoryCps.Tests.Analysis;

/// <summary>Factory-model spec, derivation 3 (zone importance and target level) and the provenance chains.</summary>
public sealed class ZoneDerivationTests
{
    private static ModelBuilder ThreeOperations() => ModelBuilder.Empty()
        .Operation("{ id: low, impact: { cost: 1 } }")
        .Operation("{ id: medium, impact: { delivery: 2 } }")
        .Operation("{ id: high, impact: { safety: 3 } }");

    [Fact]
    public void Zone_importance_is_the_highest_importance_of_its_assets()
    {
        var result = ThreeOperations()
            .Zone("{ id: mixed }")
            .Zone("{ id: quiet }")
            .Asset("{ id: pc-1, kind: pc, zone: mixed, operations: [low] }")
            .Asset("{ id: plc-1, kind: plc, zone: mixed, operations: [high] }")
            .Asset("{ id: hmi-1, kind: hmi, zone: mixed, operations: [medium] }")
            .Asset("{ id: pc-2, kind: pc, zone: quiet, operations: [low] }")
            .Asset("{ id: scada-2, kind: scada, zone: quiet, operations: [medium] }")
            .Analyze();

        Assert.Equal(3, result.Zone("mixed").Importance.Value);
        Assert.Equal(2, result.Zone("quiet").Importance.Value);
    }

    [Fact]
    public void Zone_importance_uses_an_assets_explicit_override()
    {
        var result = ThreeOperations()
            .Zone("{ id: line }")
            .Asset("{ id: pc-1, kind: pc, zone: line, operations: [low], importance: 3 }")
            .Analyze();

        Assert.Equal(3, result.Zone("line").Importance.Value);
    }

    [Theory]
    [InlineData("low", 1, 1)]
    [InlineData("medium", 2, 2)]
    [InlineData("high", 3, 3)]
    public void Target_level_defaults_to_the_importance_through_the_catalogue_mapping(string operation, int importance, int level)
    {
        var result = ThreeOperations()
            .Zone("{ id: line }")
            .Asset("{ id: plc-1, kind: plc, zone: line, operations: [" + operation + "] }")
            .Analyze();

        var zone = result.Zone("line");
        Assert.Equal(importance, zone.Importance.Value);
        Assert.Equal(CatalogLoader.Default.LevelMapping.Base[importance], zone.TargetLevel.Value);
        Assert.Equal(level, zone.TargetLevel.Value);
        Assert.False(zone.TargetLevel.Lowered);
    }

    [Fact]
    public void Target_level_is_one_higher_for_a_zone_holding_an_sis_of_importance_3()
    {
        var result = ThreeOperations()
            .Zone("{ id: safety, template: safety }")
            .Asset("{ id: sis-1, kind: sis, zone: safety, operations: [high] }")
            .Analyze();

        var zone = result.Zone("safety");
        Assert.Equal(3, zone.Importance.Value);
        var mapping = CatalogLoader.Default.LevelMapping;
        Assert.Equal(Math.Min(mapping.MaxLevel, mapping.Base[3] + 1), zone.TargetLevel.Value);
        Assert.Equal(4, zone.TargetLevel.Value);
        Assert.Contains(zone.TargetLevel.Why.Because, b => b.Rule == "level-raise:high-importance-sis");
    }

    [Fact]
    public void Target_level_is_not_raised_for_an_sis_of_importance_2()
    {
        var result = ThreeOperations()
            .Zone("{ id: safety }")
            .Asset("{ id: sis-1, kind: sis, zone: safety, operations: [medium] }")
            .Analyze();

        Assert.Equal(2, result.Zone("safety").Importance.Value);
        Assert.Equal(2, result.Zone("safety").TargetLevel.Value);
        Assert.DoesNotContain(result.Zone("safety").TargetLevel.Why.Because, b => b.Rule.StartsWith("level-raise:", StringComparison.Ordinal));
    }

    [Fact]
    public void Target_level_is_not_raised_by_a_medium_sis_in_a_high_zone()
    {
        var result = ThreeOperations()
            .Zone("{ id: control }")
            .Asset("{ id: sis-1, kind: sis, zone: control, operations: [medium] }")
            .Asset("{ id: plc-1, kind: plc, zone: control, operations: [high] }")
            .Analyze();

        Assert.Equal(3, result.Zone("control").Importance.Value);
        Assert.Equal(3, result.Zone("control").TargetLevel.Value);
    }

    [Fact]
    public void Target_level_raise_is_capped_at_the_mappings_maximum()
    {
        // The mapping lives in the catalogue: an overlay that raises twice for a high SIS must still stop at 4.
        const string overlay = """
            catalog: 1
            levelMapping:
              maxLevel: 4
              base:
                - { importance: 1, level: 2 }
                - { importance: 2, level: 2 }
                - { importance: 3, level: 3 }
              raises:
                - id: high-importance-sis
                  when: any(assets, kind == 'sis' and importance == 3)
                  by: 1
                  description: { ja: 重要度3のSIS, en: High-importance SIS }
                - id: any-sis
                  when: any(assets, kind == 'sis')
                  by: 1
                  description: { ja: SISを含む, en: Holds an SIS }
              source: factorycps
              confidence: derived
            """;
        var load = CatalogLoader.LoadWithOverlayText("overlay.yaml", overlay);
        Assert.True(load.Succeeded, string.Join("\n", load.Diagnostics.Select(d => d.Render(Language.En))));

        var result = ThreeOperations()
            .WithCatalog(load.Catalog!)
            .Zone("{ id: safety }")
            .Zone("{ id: office }")
            .Asset("{ id: sis-1, kind: sis, zone: safety, operations: [high] }")
            .Asset("{ id: pc-1, kind: pc, zone: office, operations: [low] }")
            .Analyze();

        Assert.Equal(4, result.Zone("safety").TargetLevel.Value);
        Assert.Equal(2, result.Zone("office").TargetLevel.Value);
    }

    [Fact]
    public void Explicit_target_level_lower_without_a_reason_is_rejected()
    {
        var load = ThreeOperations()
            .Zone("{ id: line, targetLevel: 2 }")
            .Asset("{ id: plc-1, kind: plc, zone: line, operations: [high] }")
            .Load();

        Assert.False(load.Succeeded);
        var error = Assert.Single(load.Diagnostics, d => d.Message.Key == "ModelLoweredWithoutReason");
        Assert.Equal("zones[0].targetLevelReason", error.Path);
    }

    [Fact]
    public void Explicit_target_level_below_an_sis_raise_without_a_reason_is_rejected()
    {
        var load = ThreeOperations()
            .Zone("{ id: safety, targetLevel: 3 }")
            .Asset("{ id: sis-1, kind: sis, zone: safety, operations: [high] }")
            .Load();

        Assert.False(load.Succeeded);
        Assert.Contains("ModelLoweredWithoutReason", load.ErrorKeys());
    }

    [Fact]
    public void Explicit_target_level_lower_with_a_reason_is_kept_and_reported()
    {
        var result = ThreeOperations()
            .Zone("{ id: line, targetLevel: 2, targetLevelReason: 物理的に隔離された試作ライン }")
            .Asset("{ id: plc-1, kind: plc, zone: line, operations: [high] }")
            .Analyze();

        var level = result.Zone("line").TargetLevel;
        Assert.Equal(2, level.Value);
        Assert.True(level.Lowered);
        Assert.Equal(3, level.DerivedFrom);
        var finding = result.Finding("target-level-lowered", "line");
        Assert.Equal("info", finding.Severity);
        Assert.Equal("zone", finding.SubjectKind);
    }

    [Fact]
    public void Explicit_target_level_higher_than_derived_is_kept_and_not_reported()
    {
        var result = ThreeOperations()
            .Zone("{ id: line, targetLevel: 4 }")
            .Asset("{ id: pc-1, kind: pc, zone: line, operations: [low] }")
            .Analyze();

        Assert.Equal(4, result.Zone("line").TargetLevel.Value);
        Assert.False(result.Zone("line").TargetLevel.Lowered);
        Assert.Empty(result.FindingsOf("target-level-lowered"));
    }

    // --- Provenance ---

    [Fact]
    public void Zone_importance_provenance_is_the_exact_chain_back_to_the_deciding_impact()
    {
        var result = ModelBuilder.Basic().Analyze();

        Assert.Equal(
            "zone control-line1 importance 3 ← asset plc-line1 importance 3 ← operation production impact.safety 3",
            result.Zone("control-line1").Importance.Why.Chain());
    }

    [Fact]
    public void Zone_importance_provenance_follows_the_deciding_asset_and_operation_among_several()
    {
        var result = ModelBuilder.Empty()
            .Operation("{ id: office-work, impact: { cost: 1 } }")
            .Operation("{ id: production, impact: { quality: 2, continuity: 3 } }")
            .Zone("{ id: control-line1 }")
            .Asset("{ id: pc-1, kind: pc, zone: control-line1, operations: [office-work] }")
            .Asset("{ id: plc-line1, kind: plc, zone: control-line1, operations: [office-work, production] }")
            .Analyze();

        Assert.Equal(
            "zone control-line1 importance 3 ← asset plc-line1 importance 3 ← operation production impact.continuity 3",
            result.Zone("control-line1").Importance.Why.Chain());
    }

    [Fact]
    public void Zone_importance_provenance_is_written_to_the_analysis_json()
    {
        var result = ModelBuilder.Basic().Analyze();

        var json = AnalysisJson.Write(result, CatalogLoader.Default);

        var zone = json["zones"]![0]!;
        Assert.Equal("control-line1", (string?)zone["id"]);
        Assert.Equal(
            "zone control-line1 importance 3 ← asset plc-line1 importance 3 ← operation production impact.safety 3",
            (string?)zone["provenance"]);
        Assert.Equal(3, (int?)zone["targetLevel"]);
    }

    [Fact]
    public void Target_level_provenance_starts_from_the_zone_importance()
    {
        var result = ModelBuilder.Basic().Analyze();

        Assert.StartsWith("zone control-line1 targetLevel 3 ← zone control-line1 importance 3", result.Zone("control-line1").TargetLevel.Why.Chain(), StringComparison.Ordinal);
    }
}
