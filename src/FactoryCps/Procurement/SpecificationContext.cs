using System.Globalization;
using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Localization;
using FactoryCps.Model;
using FactoryCps.Plans;
using FactoryCps.Provenance;
using FactoryCps.Resources;
using FactoryCps.Suppliers.Questionnaires;

namespace FactoryCps.Procurement;

/// <summary>Everything the sections are written from, with the texts in the chosen language.</summary>
internal sealed class SpecificationContext
{
    public SpecificationContext(GuidelineCatalog catalog, AnalysisResult analysis, ProcurementItem item, Language language)
    {
        Catalog = catalog;
        Analysis = analysis;
        Item = item;
        Language = language;
        var zones = analysis.Zones.DistinctBy(z => z.Id).ToDictionary(z => z.Id, StringComparer.Ordinal);
        Zones = [.. item.Zones.Select(zones.GetValueOrDefault).OfType<ZoneResult>()];

        // The countermeasures the plan requires per zone (Step 2-1), not derived again here.
        var touched = item.Zones.ToHashSet(StringComparer.Ordinal);
        Policies = [.. PlanBuilder.Build(analysis).Zones.Where(p => touched.Contains(p.Zone))];
        Requirements = RequirementRules.Choose(catalog, analysis.Model, item.Category);
        RequirementIds = Requirements.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var ends = new HashSet<string>(item.Type == "asset" ? item.Zones.Append(item.Id) : [item.Id], StringComparer.Ordinal);
        Conduits = [.. Model.Conduits.Where(c => ends.Contains(c.From) || ends.Contains(c.To))];
        DataFlows = [.. Model.DataFlows.Where(f => f.From == item.Id || f.To == item.Id)];

        // The same rule the supplier questionnaires use decides which supply-chain items this plant asks for.
        Supply = SupplySite.Of(catalog, analysis, new SupplyRequest(item.Category, "procurement", item.Zones));
        _sentences = new Lazy<ExplanationSentence>(() => ModelExplanations.Sentences(analysis.Model, catalog, language));
    }

    private readonly Lazy<ExplanationSentence> _sentences;

    /// <summary>The site and the item's zones, against which a supply-chain item's <c>when:</c> is evaluated.</summary>
    public SupplySite Supply { get; }

    /// <summary>Why a zone's level is what it is, in a sentence: a supplier reads words, not the rule chain's ids.</summary>
    public string Explain(Explanation why) => _sentences.Value.Write(why);

    public GuidelineCatalog Catalog { get; }

    public AnalysisResult Analysis { get; }

    public FactoryModel Model => Analysis.Model;

    public ProcurementItem Item { get; }

    public Language Language { get; }

    public IReadOnlyList<ZoneResult> Zones { get; }

    public IReadOnlyList<ZonePolicy> Policies { get; }

    public IReadOnlyList<ChosenRequirement> Requirements { get; }

    public IReadOnlySet<string> RequirementIds { get; }

    /// <summary>Conduits at the item (an external) or at the item's zone (an asset): the connections it will use.</summary>
    public IReadOnlyList<Conduit> Conduits { get; }

    public IReadOnlyList<DataFlow> DataFlows { get; }

    /// <summary>The highest target level of the zones touched: what the item must be able to meet.</summary>
    public int? TargetLevel => Zones.Count == 0 ? null : Zones.Max(z => z.TargetLevel.Value);

    public string CategoryName => L("Category_" + Item.Category);

    public string L(string key, params object?[] args)
    {
        var format = ProcurementText.ResourceManager.GetString(key, Language.Culture())
            ?? throw new InvalidOperationException($"Missing procurement text '{key}'.");
        return args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
    }

    public string T(LocalizedText text) => text.Get(Language);

    /// <summary>
    /// A catalogue text in the chosen language, with the derived mark when it is FactoryCPS's wording rather than the
    /// guideline's (the footer explains the mark).
    /// </summary>
    public string Marked(LocalizedText text, Guideline.TextMark mark) =>
        mark.Confidence == Guideline.Confidence.Seed ? T(text) : $"{T(text)} {L(nameof(ProcurementText.DerivedMark))}";

    public string YesNo(bool? value) => value switch
    {
        true => L(nameof(ProcurementText.Yes)),
        false => L(nameof(ProcurementText.No)),
        null => L(nameof(ProcurementText.NotRecorded)),
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An id with the element's display name, when the model gives one.</summary>
    public string Named(string id)
    {
        var element = (ModelElement?)Model.Assets.FirstOrDefault(a => a.Id == id)
            ?? (ModelElement?)Model.Zones.FirstOrDefault(z => z.Id == id)
            ?? Model.Externals.FirstOrDefault(e => e.Id == id);
        return element?.DisplayName ?? id;
    }
}
