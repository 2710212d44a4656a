using System.Globalization;
using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Localization;
using FactoryCps.Plans;
using FactoryCps.Provenance;
using FactoryCps.Resources;
using FactoryCps.Zones;

namespace FactoryCps.Reports;

/// <summary>What every report format is made from, and the labels in the chosen language.</summary>
internal sealed class ReportContext
{
    public ReportContext(GuidelineCatalog catalog, AnalysisResult analysis, Language language, string version)
    {
        Catalog = catalog;
        Analysis = analysis;
        Plan = PlanBuilder.Build(analysis);
        Language = language;
        Version = version;
        UnprotectedConduits = analysis.Findings.Where(f => f.Id == "unprotected-crossing").Select(f => f.Subject).ToHashSet(StringComparer.Ordinal);
        _operations = analysis.Operations.DistinctBy(o => o.Id).ToDictionary(o => o.Id, o => o.Importance, StringComparer.Ordinal);
        _assets = analysis.Assets.DistinctBy(a => a.Id).ToDictionary(a => a.Id, a => a.Importance, StringComparer.Ordinal);
        _zones = analysis.Zones.DistinctBy(z => z.Id).ToDictionary(z => z.Id, StringComparer.Ordinal);
        _sentences = new Lazy<ExplanationSentence>(() => ModelExplanations.Sentences(analysis.Model, catalog, language));
        _diagram = new Lazy<ZoneDiagramDrawing>(() => ZoneDiagram.Render(DiagramContent, assets: false));
        _diagramWithAssets = new Lazy<ZoneDiagramDrawing>(() => ZoneDiagram.Render(DiagramContent, assets: true));
    }

    // The names of the whole model, gathered once for every explanation of this context (a report, a cached page).
    private readonly Lazy<ExplanationSentence> _sentences;

    private readonly Lazy<ZoneDiagramDrawing> _diagram;
    private readonly Lazy<ZoneDiagramDrawing> _diagramWithAssets;

    // Lookups by id: reports walk thousands of assets and threats, and a linear search each time is quadratic.
    private readonly Dictionary<string, DerivedValue> _operations;
    private readonly Dictionary<string, DerivedValue> _assets;
    private readonly Dictionary<string, ZoneResult> _zones;

    public DerivedValue OperationImportance(string id) => _operations[id];

    public DerivedValue AssetImportance(string id) => _assets[id];

    public GuidelineCatalog Catalog { get; }

    public AnalysisResult Analysis { get; }

    public SecurityPlan Plan { get; }

    public Language Language { get; }

    public string Version { get; }

    /// <summary>Conduits that join zones of very different importance without a firewall, diode or proxy.</summary>
    public IReadOnlySet<string> UnprotectedConduits { get; }

    /// <summary>
    /// The zone diagram of this analysis, without and with the zones' assets, drawn once: the layout is the costly
    /// part of a page or report, and a context lives as long as its model revision (the web caches it per revision).
    /// </summary>
    public ZoneDiagramDrawing Diagram(bool assets) => (assets ? _diagramWithAssets : _diagram).Value;

    /// <summary>What the zone diagram (<see cref="ZoneDiagram"/>) draws of this analysis, in the report's language.</summary>
    public ZoneDiagramContent DiagramContent => new(
        Analysis.Model,
        [.. Analysis.Zones.Select(z => new DiagramZone(z.Id, z.Name, z.Template, z.Importance.Value, z.TargetLevel.Value))],
        Catalog.ZoneTemplates,
        Catalog.ImportanceScale,
        UnprotectedConduits,
        Language);

    public string Date => Analysis.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string SiteName => Analysis.Model.Site.Name ?? Analysis.Model.Site.Id;

    public string L(string key, params object?[] args)
    {
        var format = ReportText.ResourceManager.GetString(key, Language.Culture())
            ?? throw new InvalidOperationException($"Missing report text '{key}'.");
        return args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
    }

    public string T(LocalizedText text) => text.Get(Language);

    public string ThreatTitle(string id) => T(Catalog.ThreatsById[id].Title);

    public string CountermeasureTitle(string id) => T(Catalog.CountermeasuresById[id].Title);

    /// <summary>The threat's title with <see cref="DerivedMark(Guideline.CatalogItem)"/> when it is FactoryCPS's text, for the formats whose footer explains the mark.</summary>
    public string MarkedThreatTitle(string id) => ThreatTitle(id) + DerivedMark(Catalog.ThreatsById[id]);

    /// <summary>The countermeasure's title with <see cref="DerivedMark(Guideline.CatalogItem)"/> when it is FactoryCPS's text.</summary>
    public string MarkedCountermeasureTitle(string id) => CountermeasureTitle(id) + DerivedMark(Catalog.CountermeasuresById[id]);

    /// <summary>
    /// A visible label (text, not a colour) after catalogue text that is FactoryCPS's summary rather than the
    /// seed's wording; the footer's legend says what it means. Empty for seed text.
    /// </summary>
    public string DerivedMark(Guideline.CatalogItem item) => DerivedMark(item.TitleMark);

    /// <summary>As <see cref="DerivedMark(Guideline.CatalogItem)"/> for one text's own mark.</summary>
    public string DerivedMark(Guideline.TextMark mark) =>
        mark.Confidence == Guideline.Confidence.Seed ? "" : " " + L(nameof(ReportText.DerivedMark));

    /// <summary>A finding's message, marked: the finding rules' texts are FactoryCPS's, not the guideline's.</summary>
    public string FindingMessage(Findings.Finding finding) => T(finding.Message) + DerivedMark(Catalog.FindingMessageMark(finding.Id));

    /// <summary>Why a value is what it is, in a sentence of the context's language (the chain keeps the ids).</summary>
    public string Explain(Explanation why) => _sentences.Value.Write(why);

    /// <summary>Each explanation in a sentence, one after the other (the matches that made a threat apply).</summary>
    public string ExplainAll(IEnumerable<Explanation> why) => _sentences.Value.WriteAll(why);

    public string Status(string status) => L("Status_" + status);

    /// <summary>The word for a model field's enumerated value (an asset's kind, a conduit's control).</summary>
    public string Word(string section, string field, string value) => Model.ModelWords.Choice(section, field, value, Language);

    /// <summary>An object of the model by its name, or its id when it has none.</summary>
    public string Named(string? id) => id is null ? "-" : NameOf(id) ?? id;

    /// <summary>Several objects by name, in the language's list style.</summary>
    public string Named(IEnumerable<string> ids) => string.Join(ListSeparator, ids.Select(id => Named(id)));

    /// <summary>An operation's impacts in words: 「安全 3、品質 3」.</summary>
    public string Impacts(IEnumerable<KeyValuePair<string, int>> impact) =>
        string.Join(ListSeparator, impact.Select(p => $"{Model.ModelWords.Axis(p.Key, Language)} {p.Value.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>A zone template by its catalogue title.</summary>
    public string Template(string? id) =>
        id is null ? "-" : Catalog.ZoneTemplates.FirstOrDefault(t => t.Id == id) is { } template ? T(template.Title) : id;

    /// <summary>What kind of object a finding is about (an asset, a conduit, …), in words.</summary>
    public string SubjectKind(string kind) => Model.ModelWords.Subject(kind, Language);

    /// <summary>Threats by their titles.</summary>
    public string ThreatTitles(IEnumerable<string> ids) => string.Join(ListSeparator, ids.Select(ThreatTitle));

    private string ListSeparator => Language == Language.Ja ? "、" : ", ";

    public string Severity(string severity) => L("Severity_" + severity);

    public string ZoneName(string? id) =>
        id is null ? L(nameof(ReportText.WholeSite)) : _zones.GetValueOrDefault(id) is { Name: { } name } ? $"{name} ({id})" : id;

    private Dictionary<string, string?>? _names;

    /// <summary>
    /// The name of the model's object with this id (a zone, asset, external, stakeholder, operation, conduit, data
    /// flow or objective), or null when it has none: pages show names where the model stores ids (an owner).
    /// </summary>
    public string? NameOf(string? id) => id is null ? null : Names().GetValueOrDefault(id);

    /// <summary>Whether a word is the id of one of the model's objects, named or not.</summary>
    public bool IsModelId(string id) => Names().ContainsKey(id);

    private Dictionary<string, string?> Names()
    {
        if (_names is null)
        {
            var model = Analysis.Model;
            IEnumerable<Model.ModelElement> elements =
            [
                model.Site, .. model.Zones, .. model.Assets, .. model.Externals, .. model.Stakeholders, .. model.Operations,
                .. model.Conduits, .. model.DataFlows, .. model.Objectives,
            ];
            _names = elements.DistinctBy(e => e.Id).ToDictionary(e => e.Id, e => string.IsNullOrWhiteSpace(e.Name) ? null : e.Name, StringComparer.Ordinal);
        }

        return _names;
    }

    public IEnumerable<Threats.AppliedThreat> ThreatsByRisk() =>
        Analysis.Threats.OrderByDescending(t => t.Risk.Score).ThenBy(t => t.Threat, StringComparer.Ordinal).ThenBy(t => t.Zone, StringComparer.Ordinal);
}
