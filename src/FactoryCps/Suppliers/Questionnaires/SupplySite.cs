using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Catalog.Loading;

namespace FactoryCps.Suppliers.Questionnaires;

/// <summary>What a supply-chain item's condition is evaluated against: the site and the zones one supplied item touches.</summary>
internal sealed class SupplySite
{
    private readonly GuidelineCatalog _catalog;
    private readonly AnalysisResult _analysis;
    private readonly IReadOnlyList<ZoneResult> _zones;

    private SupplySite(GuidelineCatalog catalog, AnalysisResult analysis, IReadOnlyList<ZoneResult> zones)
    {
        _catalog = catalog;
        _analysis = analysis;
        _zones = zones;
    }

    public static SupplySite Of(GuidelineCatalog catalog, AnalysisResult analysis, SupplyRequest request)
    {
        if (!CatalogFileReader.SupplyChainCategories.Contains(request.Category, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Unknown supply category '{request.Category}'; expected {string.Join(" | ", CatalogFileReader.SupplyChainCategories)}.", nameof(request));
        }

        if (!CatalogFileReader.SupplyChainPhases.Contains(request.Phase, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Unknown supply phase '{request.Phase}'; expected {string.Join(" | ", CatalogFileReader.SupplyChainPhases)}.", nameof(request));
        }

        var zones = new List<ZoneResult>();
        foreach (var id in request.Zones.Distinct(StringComparer.Ordinal))
        {
            zones.Add(analysis.Zones.FirstOrDefault(z => z.Id == id)
                ?? throw new ArgumentException($"The supply request names zone '{id}', which the model does not have.", nameof(request)));
        }

        return new SupplySite(catalog, analysis, zones);
    }

    /// <summary>The question for an item when its condition holds, with the basis and what it refers to; otherwise null.</summary>
    public QuestionnaireQuestion? Ask(SupplyChainItem item)
    {
        var basis = QuestionBasis.Phase;
        string? reference = null;
        if (item.When is { } when)
        {
            if (when.Industries.Count > 0 && !IndustryIsOneOf(_analysis.Model.Site.Industry, when.Industries))
            {
                return null;
            }

            if (when.Requirement is { } requirement)
            {
                if (!RequirementApplies(requirement))
                {
                    return null;
                }

                (basis, reference) = (QuestionBasis.Requirement, requirement);
            }

            if (when.MinTargetLevel is { } level)
            {
                // The zone with the highest target level asks it; the first of the request's order on a tie.
                var zone = _zones.Where(z => z.TargetLevel.Value >= level).MaxBy(z => z.TargetLevel.Value);
                if (zone is null)
                {
                    return null;
                }

                (basis, reference) = (QuestionBasis.TargetLevel, zone.Id);
            }
        }

        if (item.FromOverlay)
        {
            basis = QuestionBasis.Organisation;
        }

        return new QuestionnaireQuestion(item.Id, item.Text, basis, reference);
    }

    /// <summary>
    /// The model's own statement wins (<c>applies: true/false</c>); when it says nothing, a requirement meant for
    /// particular industries (SEMI E187 for semiconductors) applies to a site of one of them.
    /// </summary>
    private bool RequirementApplies(string id)
    {
        if (_analysis.Model.Requirements.FirstOrDefault(r => r.Id == id) is { } stated)
        {
            return stated.Applies;
        }

        return _catalog.Requirements.FirstOrDefault(r => r.Id == id) is { Industries.Count: > 0 } known
            && IndustryIsOneOf(_analysis.Model.Site.Industry, known.Industries);
    }

    private static bool IndustryIsOneOf(string? industry, IReadOnlyList<string> industries) =>
        industry is not null && industries.Any(i => string.Equals(i, industry.Trim(), StringComparison.OrdinalIgnoreCase));
}
