using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Catalog.Loading;
using FactoryCps.Checklists;
using FactoryCps.Localization;
using FactoryCps.Synthetic;

namespace FactoryCps.Tests.Checklists;

/// <summary>Small models whose questions and scores are worked out by hand, and the 500-zone synthetic site.</summary>
internal static class ChecklistFixture
{
    public static readonly DateOnly Date = new(2026, 11, 28);

    public static GuidelineCatalog Catalogue => CatalogLoader.Default;

    /// <summary>
    /// Two zones: an office zone (importance 1) and a control zone (importance 3, target level 3) with a conduit to a
    /// cloud, so the external-access threat applies there. The zone firewall is kept per zone (partial in the control
    /// zone, implemented for the site); the rest is site-wide.
    /// </summary>
    public const string TwoZones = """
        format: 1
        site: { id: plant, name: Plant }
        operations:
          - { id: office-work, impact: { safety: 1, quality: 1, delivery: 1 } }
          - { id: line, impact: { safety: 3, quality: 3, delivery: 3 } }
        zones:
          - { id: office, name: Office, template: enterprise }
          - { id: control, name: Control, template: control }
        externals:
          - { id: cloud, kind: cloud }
        assets:
          - { id: pc1, kind: pc, zone: office, operations: [office-work] }
          - { id: plc1, kind: plc, zone: control, operations: [line] }
        conduits:
          - { id: c1, from: control, to: cloud, protocols: [https], controls: [firewall] }
        countermeasures:
          - { id: net-segmentation, status: implemented }
          - { id: net-zone-firewall, status: implemented }
          - { id: net-zone-firewall, status: partial, scope: [control], note: old links }
        """;

    public static AnalysisResult Analyze(string yaml)
    {
        var result = ModelLoader.LoadText(yaml, "test.yaml", Catalogue);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En))));
        return ModelAnalyzer.Analyze(result.Loaded!, Date);
    }

    private static readonly Lazy<AnalysisResult> LargeSite = new(() =>
    {
        var yaml = SyntheticModel.Generate(SyntheticModel.Size.Benchmark, [.. Catalogue.Countermeasures.Select(c => c.Id)]);
        return ModelAnalyzer.Analyze(ModelLoader.LoadText(yaml, "synthetic.yaml", Catalogue).Loaded!, Date);
    });

    /// <summary>The benchmark's synthetic plant (10,000 assets, 500 zones), analysed once.</summary>
    public static AnalysisResult Large => LargeSite.Value;

    public static Dictionary<string, AssessmentAnswer> Answers(params AssessmentAnswer[] answers) =>
        answers.ToDictionary(a => a.QuestionId, StringComparer.Ordinal);
}
