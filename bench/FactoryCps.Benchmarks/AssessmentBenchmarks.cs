using BenchmarkDotNet.Attributes;
using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Catalog.Loading;
using FactoryCps.Checklists;
using FactoryCps.Synthetic;

namespace FactoryCps.Benchmarks;

/// <summary>
/// A closed round's scores on the synthetic 10,000-asset site (issue 17's target: 200 ms), its analysis given: the
/// round's questions, its scores and its disagreements with the statuses, every question answered. As generated,
/// every status is site-wide (102 questions); <see cref="KeptPerZone"/> keeps each recorded status for all 500
/// zones, the worst case (19,064 questions). The re-analysis after applying statuses is the analysis benchmark's.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class AssessmentBenchmarks
{
    private GuidelineCatalog _catalog = null!;
    private AnalysisResult _analysis = null!;
    private Dictionary<string, AssessmentAnswer> _answers = null!;

    [Params(false, true)]
    public bool KeptPerZone { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _catalog = CatalogLoader.Default;
        var yaml = SyntheticModel.Generate(SyntheticModel.Size.Benchmark, [.. _catalog.Countermeasures.Select(c => c.Id)]);
        var loaded = ModelLoader.LoadText(yaml, "synthetic.yaml", _catalog).Loaded
            ?? throw new InvalidOperationException("The synthetic model is invalid.");
        _analysis = ModelAnalyzer.Analyze(loaded, new DateOnly(2026, 11, 28));
        if (KeptPerZone)
        {
            var zones = _analysis.Model.Zones.Select(z => z.Id).ToList();
            _analysis = _analysis with { Model = _analysis.Model with { Countermeasures = [.. _analysis.Model.Countermeasures.Select(s => s with { Scope = zones })] } };
        }

        // Every question answered: levels 0–4 in turn, every seventh not applicable.
        _answers = AssessmentQuestions.For(_catalog, _analysis, AssessmentScope.All)
            .Select((q, i) => i % 7 == 0 ? AssessmentAnswer.NotApplicableBecause(q.Id, "none here") : AssessmentAnswer.AtLevel(q.Id, i % 5))
            .ToDictionary(a => a.QuestionId, StringComparer.Ordinal);
    }

    /// <summary>Returned as object so that the checklist's types can stay internal.</summary>
    [Benchmark(Description = "closed round: questions + scores + disagreements")]
    public object ClosedRound()
    {
        var questions = AssessmentQuestions.For(_catalog, _analysis, AssessmentScope.All);
        var scores = AssessmentScoring.Compute(_catalog, _analysis, questions, _answers);
        return (scores, Disagreements.Find(_catalog, _analysis.Model, questions, _answers));
    }
}
