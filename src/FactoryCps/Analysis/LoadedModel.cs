using FactoryCps.Catalog;
using FactoryCps.Diagnostics;
using FactoryCps.Graph;
using FactoryCps.Importance;
using FactoryCps.Model;
using FactoryCps.Zones;

namespace FactoryCps.Analysis;

/// <summary>
/// A model with everything that does not depend on the date derived once: importance, the linked graph the
/// rules read, and target levels from the raises that apply whatever the date. <see cref="ModelLoader"/>
/// returns one for a valid model; <see cref="ModelAnalyzer"/> builds every analysis on it without deriving
/// again. Callers keep the loaded model and pass it on: it is the only way to an analysis.
/// </summary>
internal sealed class LoadedModel
{
    private LoadedModel(FactoryModel model, GuidelineCatalog catalog, ImportanceResult importance, ModelGraph graph)
    {
        Model = model;
        Catalog = catalog;
        Importance = importance;
        Graph = graph;
        Names = new ModelNames(model);
    }

    public FactoryModel Model { get; }

    public GuidelineCatalog Catalog { get; }

    public ImportanceResult Importance { get; }

    internal ModelGraph Graph { get; }

    /// <summary>The elements' names by id, for the text people read.</summary>
    public ModelNames Names { get; }

    /// <summary>Derives what does not depend on the date; derivation errors go to <paramref name="diagnostics"/>.</summary>
    internal static LoadedModel Derive(FactoryModel model, GuidelineCatalog catalog, DiagnosticBag diagnostics)
    {
        var importance = new ImportanceDeriver(catalog.ImportanceScale, diagnostics).Derive(model);
        var graph = ModelGraph.Build(model, importance);
        new TargetLevelDeriver(catalog.LevelMapping).DeriveAtLoad(graph, diagnostics);
        return new LoadedModel(model, catalog, importance, graph);
    }
}
