using FactoryCps.Analysis;
using FactoryCps.Catalog;

namespace FactoryCps.Suppliers.Questionnaires;

/// <summary>
/// Chooses the questions to ask a supplier about one supplied item: the catalogue's check items of the item's
/// category and phase whose <c>when:</c> condition (if any) holds for the site and the zones the item touches.
/// The knowledge of which standard asks what lives in the catalogue data, not here (docs/suppliers.md).
/// </summary>
internal static class QuestionnaireGenerator
{
    /// <summary>
    /// As <see cref="Generate(GuidelineCatalog, AnalysisResult, SupplyRequest)"/>, analysing the loaded model first (against
    /// the catalogue it was loaded with) to learn the zones' target levels. They depend on the date only through date
    /// functions in the catalogue's level raises (the built-in ones use none); <paramref name="asOf"/> is that date,
    /// the earliest date when not given.
    /// </summary>
    public static IReadOnlyList<QuestionnaireQuestion> Generate(LoadedModel loaded, SupplyRequest request, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(request);
        return Generate(loaded.Catalog, ModelAnalyzer.Analyze(loaded, asOf ?? DateOnly.MinValue), request);
    }

    /// <summary>
    /// The questions in a stable order: by basis (phase items, then target-level, requirement and organisation
    /// items), each group in catalogue order. Every catalogue item is asked at most once.
    /// </summary>
    /// <exception cref="ArgumentException">The request names a zone the model does not have, or an unknown category or phase.</exception>
    public static IReadOnlyList<QuestionnaireQuestion> Generate(GuidelineCatalog catalog, AnalysisResult analysis, SupplyRequest request)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(request);
        var site = SupplySite.Of(catalog, analysis, request);
        return
        [
            .. catalog.SupplyChain
                .Where(i => i.Category == request.Category && i.Phase == request.Phase)
                .Select(i => site.Ask(i))
                .OfType<QuestionnaireQuestion>()
                .OrderBy(q => q.Basis),
        ];
    }
}
