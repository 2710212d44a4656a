using FactoryCps.Catalog;
using FactoryCps.Diagnostics;
using FactoryCps.Findings;
using FactoryCps.Graph;
using FactoryCps.Model;
using FactoryCps.Rules;
using FactoryCps.Threats;
using FactoryCps.Zones;

namespace FactoryCps.Analysis;

/// <summary>
/// The analysis engine: importance (1-3, 1-5), zones and target levels (1-6, 1-7), threats per zone with
/// countermeasures, status, coverage and risk (1-7, 2-2), and findings. The date is an input, so results
/// are reproducible.
/// </summary>
internal static class ModelAnalyzer
{
    /// <summary>
    /// Analyses a loaded model at <paramref name="date"/>, on what loading derived (<see cref="ModelLoader"/>; a
    /// model built in code is loaded with <see cref="ModelLoader.Load(FactoryModel, GuidelineCatalog)"/>).
    /// </summary>
    public static AnalysisResult Analyze(LoadedModel loaded, DateOnly date)
    {
        var diagnostics = new DiagnosticBag();
        var (model, catalog, importance) = (loaded.Model, loaded.Catalog, loaded.Importance);
        var context = new RuleContext(date);
        var graph = AtDate(loaded, context);
        var threats = new ThreatEvaluator(catalog.ThreatKnowledge).Evaluate(graph, model, context);
        var findings = new FindingEvaluator(catalog.FindingRules).Evaluate(graph, context);

        return new AnalysisResult(
            model,
            date,
            [.. model.Operations.Select(o => new ElementImportance(o.Id, o.Name, importance.Operations[o.Id]))],
            [.. model.Assets.Select(a => new ElementImportance(a.Id, a.Name, importance.Assets[a.Id]))],
            [.. graph.Zones.Select(z => new ZoneResult(z.Model.Id, z.Model.Name, z.Model.Template, importance.Zones[z.Model.Id], z.TargetLevel!))],
            threats,
            findings,
            Coverage(catalog, threats, graph.Zones.Count),
            diagnostics.Items);
    }

    /// <summary>
    /// The graph with target levels at the date: the loaded one as it is when no level raise depends on the
    /// date (the loaded graph is shared and never changed), else a graph of this analysis's own.
    /// </summary>
    private static ModelGraph AtDate(LoadedModel loaded, RuleContext context)
    {
        var levels = new TargetLevelDeriver(loaded.Catalog.LevelMapping);
        if (!levels.DependsOnDate)
        {
            return loaded.Graph;
        }

        var graph = ModelGraph.Build(loaded.Model, loaded.Importance);
        for (var i = 0; i < graph.Zones.Count; i++)
        {
            graph.Zones[i].DateIndependentRaises.AddRange(loaded.Graph.Zones[i].DateIndependentRaises);
        }

        levels.DeriveAtDate(graph, context);
        return graph;
    }

    /// <summary>
    /// The weighted share of required countermeasures in place, over distinct (zone, countermeasure) pairs
    /// of every applying threat; not-applicable ones are left out. 1 when nothing is required.
    /// </summary>
    private static double Coverage(GuidelineCatalog catalog, IReadOnlyList<AppliedThreat> threats, int zoneCount)
    {
        // Pairs are marked in a zone × countermeasure table rather than kept in a set of string pairs: a large
        // plant has tens of thousands of them. Row 0 is the whole site. Each pair counts once, at its first
        // occurrence, as before.
        var countermeasures = new Dictionary<string, int>(catalog.Countermeasures.Count, StringComparer.Ordinal);
        foreach (var countermeasure in catalog.Countermeasures)
        {
            countermeasures.TryAdd(countermeasure.Id, countermeasures.Count);
        }

        var zones = new Dictionary<string, int>(zoneCount, StringComparer.Ordinal);
        var seen = new bool[(zoneCount + 1) * countermeasures.Count];
        var (sum, counted) = (0.0, 0);
        foreach (var threat in threats)
        {
            var row = 0;
            if (threat.Zone is not null && !zones.TryGetValue(threat.Zone, out row))
            {
                row = zones.Count + 1;
                zones.Add(threat.Zone, row);
            }

            foreach (var state in threat.Countermeasures)
            {
                var cell = (row * countermeasures.Count) + countermeasures[state.Id];
                if (!seen[cell])
                {
                    seen[cell] = true;
                    if (state.Status != "not-applicable")
                    {
                        sum += catalog.RiskModel.StatusWeights[state.Status] / 100.0;
                        counted++;
                    }
                }
            }
        }

        return counted == 0 ? 1.0 : Math.Round(sum / counted, 4, MidpointRounding.AwayFromZero);
    }
}
