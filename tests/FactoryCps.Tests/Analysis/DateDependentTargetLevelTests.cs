using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Catalog.Loading;
using FactoryCps.Localization;

namespace FactoryCps.Tests.Analysis;

/// <summary>
/// A level raise that counts days to a date is evaluated at the analysis date: an explicit target level that
/// time makes too low is reported by a finding, and the stored model keeps loading.
/// </summary>
public sealed class DateDependentTargetLevelTests
{
    private static readonly DateOnly SupportEnds = new(2027, 3, 31);

    /// <summary>The built-in mapping plus a raise for a zone holding an asset whose support has ended.</summary>
    private static GuidelineCatalog WithSupportEndedRaise()
    {
        const string overlay = """
            catalog: 1
            levelMapping:
              maxLevel: 4
              base:
                - { importance: 1, level: 1 }
                - { importance: 2, level: 2 }
                - { importance: 3, level: 3 }
              raises:
                - id: high-importance-sis
                  when: any(assets, kind == 'sis' and importance == 3)
                  by: 1
                  description: { ja: 重要度3のSIS, en: High-importance SIS }
                - id: support-ended
                  when: any(assets, isSet(supportEnds) and daysUntil(supportEnds) < 0)
                  by: 1
                  description: { ja: サポート終了の機器を含む, en: Holds an asset whose support has ended }
              source: factorycps
              confidence: derived
            """;
        var load = CatalogLoader.LoadWithOverlayText("overlay.yaml", overlay);
        Assert.True(load.Succeeded, string.Join("\n", load.Diagnostics.Select(d => d.Render(Language.En))));
        return load.Catalog!;
    }

    private static ModelBuilder Line(string zone) => ModelBuilder.Empty()
        .WithCatalog(WithSupportEndedRaise())
        .Operation("{ id: production, impact: { delivery: 2 } }")
        .Zone(zone)
        .Asset("{ id: plc-1, kind: plc, zone: line, operations: [production], supportEnds: 2027-03-31 }");

    [Fact]
    public void A_date_dependent_raise_does_not_fail_the_load_whatever_the_date()
    {
        var load = Line("{ id: line, targetLevel: 2 }").Load();

        Assert.True(load.Succeeded, string.Join("\n", load.Diagnostics.Select(d => d.Render(Language.En))));
    }

    [Fact]
    public void Before_the_support_ends_the_explicit_level_is_enough_and_nothing_is_reported()
    {
        var result = Line("{ id: line, targetLevel: 2 }").Analyze(SupportEnds);

        var level = result.Zone("line").TargetLevel;
        Assert.Equal(2, level.Value);
        Assert.False(level.Lowered);
        Assert.Empty(result.FindingsOf("target-level-below-derived"));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void After_the_support_ends_the_explicit_level_is_below_the_raised_one_and_a_finding_says_so()
    {
        var result = Line("{ id: line, targetLevel: 2 }").Analyze(SupportEnds.AddDays(1));

        var level = result.Zone("line").TargetLevel;
        Assert.Equal(2, level.Value);
        Assert.True(level.Lowered);
        Assert.Equal(3, level.DerivedFrom);
        Assert.Contains("support-ended", level.Why.Because[0].Claim, StringComparison.Ordinal);
        var finding = result.Finding("target-level-below-derived", "line");
        Assert.Equal("high", finding.Severity);
        Assert.Empty(result.FindingsOf("target-level-lowered"));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void After_the_support_ends_a_level_with_a_reason_is_reported_as_lowered_with_a_reason()
    {
        var result = Line("{ id: line, targetLevel: 2, targetLevelReason: 更新を発注済み }").Analyze(SupportEnds.AddDays(1));

        Assert.True(result.Zone("line").TargetLevel.Lowered);
        Assert.Single(result.FindingsOf("target-level-lowered"));
        Assert.Empty(result.FindingsOf("target-level-below-derived"));
    }

    [Fact]
    public void A_zone_without_an_explicit_level_gets_the_raise_from_the_day_after_the_support_ends()
    {
        var builder = Line("{ id: line }");

        Assert.Equal(2, builder.Analyze(SupportEnds).Zone("line").TargetLevel.Value);
        Assert.Equal(3, builder.Analyze(SupportEnds.AddDays(1)).Zone("line").TargetLevel.Value);
    }

    [Fact]
    public void Analyses_at_two_dates_of_one_loaded_model_do_not_disturb_each_other()
    {
        var loaded = Line("{ id: line }").Load().Loaded!;

        var after = ModelAnalyzer.Analyze(loaded, SupportEnds.AddDays(1));
        var before = ModelAnalyzer.Analyze(loaded, SupportEnds);

        Assert.Equal(3, after.Zone("line").TargetLevel.Value);
        Assert.Equal(2, before.Zone("line").TargetLevel.Value);
    }
}
