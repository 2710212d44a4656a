using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Catalog.Loading;
using FactoryCps.Localization;

namespace FactoryCps.Tests.Suppliers;

/// <summary>
/// A small site for questionnaire tests: zones <c>office</c> (derived level), <c>line</c> (target level 3) and
/// <c>sis</c> (target level 4), with the industry and requirement statements a test gives.
/// </summary>
internal static class SupplierSite
{
    public static readonly DateOnly Today = new(2026, 11, 28);

    public static string Yaml(string? industry = null, params string[] requirements)
    {
        var lines = new List<string>
        {
            "format: 1",
            "site: { id: test-site, name: テスト工場" + (industry is null ? "" : ", industry: " + industry) + " }",
        };
        if (requirements.Length > 0)
        {
            lines.Add("requirements:");
            lines.AddRange(requirements.Select(r => "  - " + r));
        }

        lines.AddRange(
        [
            "zones:",
            "  - { id: office, template: enterprise }",
            "  - { id: line, template: control, targetLevel: 3 }",
            "  - { id: sis, template: safety, targetLevel: 4 }",
        ]);
        return string.Join("\n", lines) + "\n";
    }

    public static AnalysisResult Analyze(string yaml, GuidelineCatalog? catalog = null)
    {
        catalog ??= CatalogLoader.Default;
        var loaded = ModelLoader.LoadText(yaml, "test.yaml", catalog);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics.Select(d => d.Render(Language.En))));
        return ModelAnalyzer.Analyze(loaded.Loaded!, Today);
    }

    public static GuidelineCatalog WithOverlay(string overlay)
    {
        var result = CatalogLoader.LoadWithOverlayText("acme.yaml", overlay);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En))));
        return result.Catalog!;
    }
}
