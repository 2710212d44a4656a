using FactoryCps.Catalog;
using FactoryCps.Model;

namespace FactoryCps.Procurement;

/// <summary>Why a requirement is written into a specification.</summary>
internal enum RequirementBasis
{
    /// <summary>It governs every item of the category (IEC 62443-4-2 for components).</summary>
    Always,

    /// <summary>The site's industry is one the requirement lists (SEMI E187 for semiconductor).</summary>
    Industry,

    /// <summary>The site's model marks it <c>applies: true</c> (EU CRA, or any other requirement).</summary>
    Model,
}

/// <summary>A requirement of the catalogue, the categories of item it is asked of, and when.</summary>
internal sealed record RequirementRule(string Requirement, IReadOnlyList<string> Categories, RequirementBasis Basis);

/// <summary>A requirement chosen for one item, with why; <see cref="Catalogue"/> is null for the site's own requirement ids.</summary>
internal sealed record ChosenRequirement(string Id, Requirement? Catalogue, RequirementBasis Basis, string? Note);

/// <summary>
/// Which requirements a procurement specification states, as data: the rules below, plus every requirement the
/// model marks <c>applies: true</c>. A requirement the model marks <c>applies: false</c> is never stated — that
/// records a deliberate decision. A rule's categories limit it even when the model says it applies: a cloud
/// service is not a component in the sense of IEC 62443-4-2, nor fab equipment, nor a CRA product.
/// </summary>
internal static class RequirementRules
{
    public static IReadOnlyList<RequirementRule> Rules { get; } =
    [
        new("iec-62443-4-2", ["product", "software"], RequirementBasis.Always),
        new("semi-e187", ["product"], RequirementBasis.Industry),
        new("eu-cra", ["product", "software"], RequirementBasis.Model),
    ];

    public static IReadOnlyList<ChosenRequirement> Choose(GuidelineCatalog catalog, FactoryModel model, string category)
    {
        var marked = model.Requirements.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var catalogue = catalog.Requirements.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var chosen = new List<ChosenRequirement>();
        foreach (var rule in Rules)
        {
            var mark = marked.GetValueOrDefault(rule.Requirement);
            if (!rule.Categories.Contains(category) || mark is { Applies: false } || catalogue.GetValueOrDefault(rule.Requirement) is not { } requirement)
            {
                continue;
            }

            var industry = model.Site.Industry is { } site && requirement.Industries.Contains(site, StringComparer.OrdinalIgnoreCase);
            var basis = mark is { Applies: true } ? RequirementBasis.Model
                : rule.Basis == RequirementBasis.Always ? RequirementBasis.Always
                : rule.Basis == RequirementBasis.Industry && industry ? RequirementBasis.Industry
                : (RequirementBasis?)null;
            if (basis is { } because)
            {
                chosen.Add(new ChosenRequirement(requirement.Id, requirement, because, mark?.Note));
            }
        }

        var ruled = Rules.Select(r => r.Requirement).ToHashSet(StringComparer.Ordinal);
        chosen.AddRange(marked.Values
            .Where(m => m.Applies && !ruled.Contains(m.Id))
            .Select(m => new ChosenRequirement(m.Id, catalogue.GetValueOrDefault(m.Id), RequirementBasis.Model, m.Note)));
        return chosen;
    }
}
