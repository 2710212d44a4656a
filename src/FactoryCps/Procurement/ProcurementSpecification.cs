using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Documents;
using FactoryCps.Localization;
using FactoryCps.Model;
using FactoryCps.Resources;

namespace FactoryCps.Procurement;

/// <summary>
/// Writes the procurement specification for one item of a model (main guideline Appendix F, the extension's
/// Step 3 supply-chain measures): the zones it touches with their target level, the countermeasures the plan
/// requires there, the obligations of the standards and laws that apply, the catalogue's check items for the
/// procurement and contract phases, and the site's data.
/// </summary>
internal static partial class ProcurementSpecification
{
    /// <summary>The sections in order, by the resource key of their heading.</summary>
    public static IReadOnlyList<string> SectionKeys { get; } =
    [
        nameof(ProcurementText.SectionScope),
        nameof(ProcurementText.SectionContext),
        nameof(ProcurementText.SectionSecurity),
        nameof(ProcurementText.SectionCheckItems),
        nameof(ProcurementText.SectionAddedCheckItems),
        nameof(ProcurementText.SectionVulnerability),
        nameof(ProcurementText.SectionSbom),
        nameof(ProcurementText.SectionSupport),
        nameof(ProcurementText.SectionLicences),
        nameof(ProcurementText.SectionIncident),
        nameof(ProcurementText.SectionAcceptance),
        nameof(ProcurementText.SectionDocuments),
    ];

    private static readonly Dictionary<string, Func<SpecificationContext, IReadOnlyList<DocumentBlock>>> Writers = new(StringComparer.Ordinal)
    {
        [nameof(ProcurementText.SectionScope)] = Scope,
        [nameof(ProcurementText.SectionContext)] = SystemContext,
        [nameof(ProcurementText.SectionSecurity)] = Security,
        [nameof(ProcurementText.SectionCheckItems)] = CheckItems,
        [nameof(ProcurementText.SectionAddedCheckItems)] = AddedCheckItems,
        [nameof(ProcurementText.SectionVulnerability)] = c => [ClauseList(c, nameof(ProcurementText.SectionVulnerability))],
        [nameof(ProcurementText.SectionSbom)] = Sbom,
        [nameof(ProcurementText.SectionSupport)] = Support,
        [nameof(ProcurementText.SectionLicences)] = Licences,
        [nameof(ProcurementText.SectionIncident)] = Incident,
        [nameof(ProcurementText.SectionAcceptance)] = Acceptance,
        [nameof(ProcurementText.SectionDocuments)] = Documents,
    };

    /// <summary>The specification of <paramref name="item"/> (found with <see cref="ProcurementItem.Find"/>) from the model's analysis.</summary>
    public static TextDocument Build(GuidelineCatalog catalog, AnalysisResult analysis, ProcurementItem item, Language language, string version)
    {
        var context = new SpecificationContext(catalog, analysis, item, language);
        var site = analysis.Model.Site;
        var meta = new List<(string, string)>
        {
            (context.L(nameof(ProcurementText.MetaSite)), site.DisplayName),
            (context.L(nameof(ProcurementText.MetaItem)), item.Element.DisplayName),
            (context.L(nameof(ProcurementText.MetaCategory)), context.CategoryName),
            (context.L(nameof(ProcurementText.MetaDate)), SpecificationContext.Date(analysis.Date)),
        };
        if (!string.IsNullOrWhiteSpace(site.Organization))
        {
            meta.Insert(0, (context.L(nameof(ProcurementText.MetaOrganization)), site.Organization));
        }

        return new TextDocument(
            language,
            context.L(nameof(ProcurementText.Title)),
            context.L(nameof(ProcurementText.Subtitle), item.Element.Name ?? item.Id, site.Name ?? site.Id),
            meta,
            [.. SectionKeys.Select(key => new DocumentSection(key, context.L(key), Writers[key](context)))],
            context.L(nameof(ProcurementText.Footer), version, SpecificationContext.Date(analysis.Date)));
    }

    /// <summary>The error for an id that is no asset or external of the model, naming it and what the model has.</summary>
    public static string UnknownItem(FactoryModel model, string source, string id, Language language)
    {
        var candidates = ProcurementItem.Candidates(model);
        var listed = candidates.Count == 0
            ? ProcurementText.ResourceManager.GetString(nameof(ProcurementText.UnknownItemNone), language.Culture())
            : string.Join(", ", candidates.Take(40)) + (candidates.Count > 40 ? ", …" : "");
        var format = ProcurementText.ResourceManager.GetString(nameof(ProcurementText.UnknownItem), language.Culture())!;
        return string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            format,
            source,
            id,
            string.Join(", ", Asset.Kinds),
            string.Join(", ", External.Kinds),
            listed);
    }

    private static ItemList ClauseList(SpecificationContext context, string section, bool numbered = false, params string[] extra) =>
        new([.. extra, .. Clauses.For(section, context.Item.Category, context.RequirementIds).Select(key => context.L(key))], numbered);
}
