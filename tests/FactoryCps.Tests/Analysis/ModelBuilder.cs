using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Catalog.Loading;
using FactoryCps.Localization;
using FactoryCps.Model;

namespace FactoryCps.Tests.Analysis;

/// <summary>
/// Writes a small factory model as YAML, one list item (a flow mapping) at a time, and loads or analyses it
/// with the built-in catalogue (or a given one).
/// </summary>
internal sealed class ModelBuilder
{
    /// <summary>The analysis date of every test unless a test says otherwise.</summary>
    public static readonly DateOnly Today = new(2026, 11, 28);

    private static readonly string[] ListOrder =
    [
        "objectives", "stakeholders", "operations", "zones", "assets", "externals", "conduits", "dataFlows", "countermeasures",
    ];

    private readonly Dictionary<string, List<string>> _lists = new(StringComparer.Ordinal);

    private string? _bcp;

    private GuidelineCatalog _catalog = CatalogLoader.Default;

    /// <summary>
    /// One operation <c>production</c> (impact.safety 3), one zone <c>control-line1</c> and one PLC
    /// <c>plc-line1</c> in it serving the operation.
    /// </summary>
    public static ModelBuilder Basic() => new ModelBuilder()
        .Operation("{ id: production, impact: { safety: 3 } }")
        .Zone("{ id: control-line1, template: control }")
        .Asset("{ id: plc-line1, kind: plc, zone: control-line1, operations: [production] }");

    /// <summary>A site and nothing else.</summary>
    public static ModelBuilder Empty() => new();

    public ModelBuilder Objective(string item) => Add("objectives", item);

    public ModelBuilder Stakeholder(string item) => Add("stakeholders", item);

    public ModelBuilder Operation(string item) => Add("operations", item);

    public ModelBuilder Zone(string item) => Add("zones", item);

    public ModelBuilder Asset(string item) => Add("assets", item);

    public ModelBuilder External(string item) => Add("externals", item);

    public ModelBuilder Conduit(string item) => Add("conduits", item);

    public ModelBuilder DataFlow(string item) => Add("dataFlows", item);

    public ModelBuilder Status(string item) => Add("countermeasures", item);

    /// <summary>Site-wide status entries, one per countermeasure id.</summary>
    public ModelBuilder Statuses(IEnumerable<string> countermeasures, string status)
    {
        foreach (var id in countermeasures)
        {
            Status("{ id: " + id + ", status: " + status + " }");
        }

        return this;
    }

    public ModelBuilder Bcp(string mapping)
    {
        _bcp = mapping;
        return this;
    }

    public ModelBuilder WithCatalog(GuidelineCatalog catalog)
    {
        _catalog = catalog;
        return this;
    }

    public string Yaml()
    {
        var lines = new List<string> { "format: 1", "site: { id: test-site, name: テスト工場 }" };
        if (_bcp is not null)
        {
            lines.Add("bcp: " + _bcp);
        }

        foreach (var key in ListOrder)
        {
            if (_lists.TryGetValue(key, out var items))
            {
                lines.Add(key + ":");
                lines.AddRange(items.Select(i => "  - " + i));
            }
        }

        return string.Join("\n", lines) + "\n";
    }

    public ModelLoadResult Load() => ModelLoader.LoadText(Yaml(), "test.yaml", _catalog);

    /// <summary>The loaded model's <see cref="LoadedModel.Model"/> (<see cref="Loaded"/>).</summary>
    public FactoryModel Build() => Loaded().Model;

    /// <summary>Loads the model and fails the test, with every diagnostic, when it does not load.</summary>
    public LoadedModel Loaded()
    {
        var result = Load();
        if (!result.Succeeded)
        {
            Assert.Fail("The model did not load:\n" + string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En))) + "\n" + Yaml());
        }

        return result.Loaded!;
    }

    public AnalysisResult Analyze() => Analyze(Today);

    public AnalysisResult Analyze(DateOnly date) => ModelAnalyzer.Analyze(Loaded(), date);

    private ModelBuilder Add(string list, string item)
    {
        if (!_lists.TryGetValue(list, out var items))
        {
            items = [];
            _lists.Add(list, items);
        }

        items.Add(item);
        return this;
    }
}
