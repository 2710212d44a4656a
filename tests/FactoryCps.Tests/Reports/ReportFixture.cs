using FactoryCps.Analysis;
using FactoryCps.Catalog.Loading;
using FactoryCps.Localization;
using FactoryCps.Reports;

namespace FactoryCps.Tests.Reports;

internal static class ReportFixture
{
    public static ReportContext Sample(Language language = Language.Ja, string sample = "smart-factory.yaml")
    {
        var catalog = CatalogLoader.Default;
        var loaded = ModelLoader.LoadFile(Path.Combine(TestPaths.RepositoryRoot, "samples", sample), catalog).Loaded!;
        return new ReportContext(catalog, ModelAnalyzer.Analyze(loaded, new DateOnly(2026, 11, 28)), language, "0.1.0");
    }

    public static ReportContext FromYaml(string yaml)
    {
        var catalog = CatalogLoader.Default;
        var result = ModelLoader.LoadText(yaml, "test.yaml", catalog);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En))));
        return new ReportContext(catalog, ModelAnalyzer.Analyze(result.Loaded!, new DateOnly(2026, 11, 28)), Language.En, "0.1.0");
    }
}
