using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Localization;
using FactoryCps.Model;

namespace FactoryCps.Guidance;

/// <summary>
/// The state of every guideline step for one site, computed from its model (and, for Steps 1-7 … 2-2, its
/// analysis). A site without a model (a new one, or one whose model does not load) has every step open, with
/// the first thing to fill named. The rules per step are in the partial files beside this one.
/// </summary>
internal static partial class StepStates
{
    public static IReadOnlyList<StepState> Of(GuidelineCatalog catalog, LoadedModel? loaded, AnalysisResult? analysis, Language language)
    {
        var facts = new StepFacts(catalog, loaded?.Model ?? Empty, loaded, analysis, language);
        var states = new List<StepState>(catalog.Steps.Count);
        for (var i = 0; i < catalog.Steps.Count; i++)
        {
            var step = catalog.Steps[i].Id;
            var next = i + 1 < catalog.Steps.Count ? catalog.Steps[i + 1].Id : null;
            states.Add(Of(step, next, facts));
        }

        return states;
    }

    private static readonly FactoryModel Empty = new() { Site = new Site { Id = "" } };

    private static StepState Of(string step, string? next, StepFacts facts)
    {
        var builder = new StepStateBuilder(facts.Language);
        switch (step)
        {
            case "1-1": Requirements(facts, builder); break;
            case "1-2": Operations(facts, builder); break;
            case "1-3": OperationImportance(facts, builder); break;
            case "1-4": Assets(facts, builder); break;
            case "1-5": AssetImportance(facts, builder); break;
            case "1-6": Zones(facts, builder); break;
            case "1-7": Threats(facts, builder); break;
            case "2-1": Policy(facts, builder); break;
            case "2-2": Countermeasures(facts, builder); break;
            case "3": Operation(facts, builder); break;
        }

        var emphases = StepGuides.ByStep.TryGetValue(step, out var guide)
            ? guide.Emphases.Where(e => e.When is null || (e.When == StepGuides.WhenExternalServices && facts.UsesExternalServices)).ToList()
            : [];
        return new StepState(step, builder.Filled, builder.Missing, builder.Inconsistent, emphases, next);
    }
}
