using FactoryCps.Catalog.Loading;

namespace FactoryCps.Suppliers.Questionnaires;

/// <summary>Answered questions out of all asked, for one category and phase.</summary>
internal sealed record ReviewCoverage(string Category, string Phase, int Answered, int Total)
{
    /// <summary>The answered share, 1 when nothing was asked.</summary>
    public double Share => Total == 0 ? 1.0 : (double)Answered / Total;

    /// <summary>A site's coverage: the reviews summed per category and phase, in the catalogue's category and phase order.</summary>
    public static IReadOnlyList<ReviewCoverage> BySiteCategoryAndPhase(IEnumerable<QuestionnaireReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        return
        [
            .. reviews
                .Select(r => r.Coverage)
                .GroupBy(c => (c.Category, c.Phase))
                .Select(g => new ReviewCoverage(g.Key.Category, g.Key.Phase, g.Sum(c => c.Answered), g.Sum(c => c.Total)))
                .OrderBy(c => Array.IndexOf(CatalogFileReader.SupplyChainCategories, c.Category))
                .ThenBy(c => Array.IndexOf(CatalogFileReader.SupplyChainPhases, c.Phase)),
        ];
    }
}
