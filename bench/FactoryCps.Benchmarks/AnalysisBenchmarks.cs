using BenchmarkDotNet.Attributes;
using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Catalog.Loading;
using FactoryCps.Localization;
using FactoryCps.Reports;
using FactoryCps.Synthetic;

namespace FactoryCps.Benchmarks;

/// <summary>
/// The heavy paths on a synthetic plant of 10,000 assets, 500 zones, 2,000 conduits and 5,000 data flows
/// (Scale 1), and twice that (Scale 2) to check that analysis grows linearly.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class AnalysisBenchmarks
{
    private GuidelineCatalog _catalog = null!;
    private string _yaml = null!;
    private LoadedModel _loaded = null!;
    private ReportContext _report = null!;

    [Params(1, 2)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _catalog = CatalogLoader.Default;
        _yaml = SyntheticModel.Generate(SyntheticModel.Size.Benchmark.Times(Scale), [.. _catalog.Countermeasures.Select(c => c.Id)]);
        _loaded = ModelLoader.LoadText(_yaml, "synthetic.yaml", _catalog).Loaded
            ?? throw new InvalidOperationException("The synthetic model is invalid.");
        _report = new ReportContext(_catalog, ModelAnalyzer.Analyze(_loaded, new DateOnly(2026, 11, 28)), Language.Ja, "bench");
    }

    /// <summary>Returned as object so that the analysis' types can stay internal; BenchmarkDotNet consumes it either way.</summary>
    [Benchmark(Description = "validate + analyze")]
    public object ValidateAndAnalyze()
    {
        var loaded = ModelLoader.LoadText(_yaml, "synthetic.yaml", _catalog).Loaded!;
        return ModelAnalyzer.Analyze(loaded, new DateOnly(2026, 11, 28));
    }

    [Benchmark(Description = "HTML report")]
    public int HtmlReport() => Reports.HtmlReport.Render(_report).Length;

    [Benchmark(Description = "xlsx report")]
    public int XlsxReport() => ReportWriter.Render(_report, "xlsx").Length;
}
