using FactoryCps.Analysis;
using FactoryCps.Catalog.Loading;
using FactoryCps.Localization;
using FactoryCps.Reports;
using FactoryCps.Synthetic;

namespace FactoryCps.Tests.Charts;

internal static class ChartFixture
{
    private static readonly Lazy<AnalysisResult> LargeSite = new(() =>
    {
        var yaml = SyntheticModel.Generate(SyntheticModel.Size.Benchmark, [.. CatalogLoader.Default.Countermeasures.Select(c => c.Id)]);
        var loaded = ModelLoader.LoadText(yaml, "synthetic.yaml", CatalogLoader.Default).Loaded!;
        return ModelAnalyzer.Analyze(loaded, new DateOnly(2026, 11, 28));
    });

    /// <summary>The benchmark's 500-zone plant, analysed once for every test that draws it.</summary>
    public static ReportContext Large(Language language) => new(CatalogLoader.Default, LargeSite.Value, language, "0.1.0");

    /// <summary>The SVG as XML (it must be well-formed), with the SVG namespace for queries.</summary>
    public static System.Xml.Linq.XDocument Parse(string svg) => System.Xml.Linq.XDocument.Parse(svg);

    /// <summary>The pictures are inline SVG in HTML, which needs no namespace (and the report names no address at all).</summary>
    public static readonly System.Xml.Linq.XNamespace Ns = System.Xml.Linq.XNamespace.None;
}
