using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Catalog.Loading;
using FactoryCps.Localization;
using FactoryCps.Reviews;

namespace FactoryCps.Tests.Reviews;

/// <summary>A small site before and after a period, and a period with a fixed clock: the previous review on 1 April, this one on 1 October 2026.</summary>
internal static class ReviewFixture
{
    public static readonly DateTimeOffset Previous = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset Now = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Next = new(2027, 4, 1);

    public static ReviewPeriod Period => new(Previous, Now, Next);

    public static GuidelineCatalog Catalogue => CatalogLoader.Default;

    public const string Before = """
        format: 1
        site: { id: plant, name: Plant }
        objectives:
          - { id: visualize, kind: visualization, since: 2026-01-10 }
        bcp: { reviewed: 2026-02-01 }
        stakeholders:
          - { id: maint, name: 保全課, kind: internal }
        requirements:
          - { id: eu-cra, applies: true }
        operations:
          - { id: line, impact: { safety: 3 } }
        zones:
          - { id: control, template: control }
          - { id: office, template: enterprise }
        assets:
          - { id: plc1, kind: plc, zone: control, operations: [line] }
          - { id: pc1, kind: pc, zone: office, operations: [line] }
        countermeasures:
          - { id: net-segmentation, status: planned }
          - { id: net-zone-firewall, status: partial, scope: [control] }
          - { id: ops-pdca-review, status: missing }
        """;

    /// <summary>After: an asset left unbound (a finding opens), a status improved, one added and one removed, a new objective.</summary>
    public const string After = """
        format: 1
        site: { id: plant, name: Plant }
        objectives:
          - { id: visualize, kind: visualization, since: 2026-01-10 }
          - { id: support, kind: work-support, since: 2026-06-15 }
        bcp: { reviewed: 2026-02-01 }
        stakeholders:
          - { id: maint, name: 保全課, kind: internal }
        requirements:
          - { id: eu-cra, applies: true }
        operations:
          - { id: line, impact: { safety: 3 } }
        zones:
          - { id: control, template: control }
          - { id: office, template: enterprise }
        assets:
          - { id: plc1, kind: plc, zone: control, operations: [line] }
          - { id: pc1, kind: pc, zone: office, operations: [line] }
          - { id: tablet, kind: pc, zone: office, operations: [] }
        countermeasures:
          - { id: net-segmentation, status: implemented }
          - { id: net-zone-firewall, status: partial, scope: [control] }
          - { id: net-dmz, status: planned }
        """;

    public static AnalysisResult Analyze(string yaml, DateOnly date)
    {
        var result = ModelLoader.LoadText(yaml, "test.yaml", Catalogue);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En))));
        return ModelAnalyzer.Analyze(result.Loaded!, date);
    }

    public static DateOnly Day(DateTimeOffset time) => DateOnly.FromDateTime(time.UtcDateTime);

    public static CaseFact Case(int number, string severity, DateTimeOffset opened, DateTimeOffset due, DateTimeOffset? closed = null, string stage = "preventive") =>
        new(number, "case " + number, stage, severity, opened, due, closed);
}
