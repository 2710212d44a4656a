using System.Globalization;
using System.Text.Json.Nodes;
using FactoryCps.Catalog;
using FactoryCps.Provenance;
using FactoryCps.Threats;

namespace FactoryCps.Analysis;

/// <summary>
/// The analysis JSON contract (docs/analysis.md): used by <c>fcps analyze --format json</c>, the reports and
/// the web API. Fields are added, never renamed.
/// </summary>
internal static class AnalysisJson
{
    public static JsonObject Write(AnalysisResult result, GuidelineCatalog catalog) => new()
    {
        ["format"] = 1,
        ["site"] = new JsonObject { ["id"] = result.Model.Site.Id, ["name"] = result.Model.Site.Name },
        ["date"] = Date(result.Date),
        ["coverage"] = result.Coverage,
        ["summary"] = Summary(result),
        ["operations"] = new JsonArray([.. result.Operations.Select(o => Element(o.Id, o.Name, o.Importance))]),
        ["assets"] = new JsonArray([.. result.Assets.Select(a => Element(a.Id, a.Name, a.Importance))]),
        ["zones"] = new JsonArray([.. result.Zones.Select(Zone)]),
        ["threats"] = new JsonArray([.. result.Threats.Select(t => Threat(t, catalog))]),
        ["findings"] = new JsonArray([.. result.Findings.Select(f => (JsonNode)new JsonObject
        {
            ["id"] = f.Id,
            ["severity"] = f.Severity,
            ["subjectKind"] = f.SubjectKind,
            ["subject"] = f.Subject,
            ["message"] = CatalogJson.Text(f.Message),
            ["reference"] = f.Reference,
        })]),
    };

    public static JsonObject Explain(Explanation why) => new()
    {
        ["subject"] = why.Subject,
        ["claim"] = why.Claim,
        ["rule"] = why.Rule,
        ["because"] = new JsonArray([.. why.Because.Select(b => (JsonNode)Explain(b))]),
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonObject Summary(AnalysisResult result) => new()
    {
        ["threats"] = result.Threats.Count,
        ["uncovered"] = result.Threats.Count(t => !t.Covered),
        ["findings"] = new JsonObject(result.Findings.GroupBy(f => f.Severity).Select(g => KeyValuePair.Create(g.Key, (JsonNode?)g.Count()))),
        ["grades"] = new JsonObject(result.Threats.GroupBy(t => t.Risk.Grade).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => KeyValuePair.Create(g.Key, (JsonNode?)g.Count()))),
    };

    private static JsonObject Element(string id, string? name, DerivedValue importance)
    {
        var element = new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["importance"] = importance.Value,
            ["provenance"] = importance.Why.Chain(),
            ["why"] = Explain(importance.Why),
        };
        if (importance.Lowered)
        {
            element["derivedImportance"] = importance.DerivedFrom;
        }

        return element;
    }

    private static JsonObject Zone(ZoneResult zone) => new()
    {
        ["id"] = zone.Id,
        ["name"] = zone.Name,
        ["template"] = zone.Template,
        ["importance"] = zone.Importance.Value,
        ["targetLevel"] = zone.TargetLevel.Value,
        ["provenance"] = zone.Importance.Why.Chain(),
        ["targetLevelProvenance"] = zone.TargetLevel.Why.Chain(),
        ["why"] = Explain(zone.Importance.Why),
        ["targetLevelWhy"] = Explain(zone.TargetLevel.Why),
    };

    private static JsonObject Threat(AppliedThreat threat, GuidelineCatalog catalog) => new()
    {
        ["threat"] = threat.Threat,
        ["title"] = CatalogJson.Text(catalog.ThreatsById[threat.Threat].Title),
        ["zone"] = threat.Zone,
        ["assets"] = new JsonArray([.. threat.Assets.Select(a => (JsonNode)a)]),
        ["targetLevel"] = threat.TargetLevel,
        ["countermeasures"] = new JsonArray([.. threat.Countermeasures.Select(c => (JsonNode)State(c))]),
        ["covered"] = threat.Covered,
        ["risk"] = Risk(threat.Risk),
        ["matchedBy"] = new JsonArray([.. threat.Matches.Select(m => (JsonNode)new JsonObject { ["rule"] = m.Rule, ["subject"] = m.Subject, ["condition"] = m.Claim })]),
    };

    private static JsonObject State(CountermeasureState state) => new()
    {
        ["id"] = state.Id,
        ["status"] = state.Status,
        ["recorded"] = state.Recorded,
        ["owner"] = state.Owner,
        ["due"] = state.Due is { } due ? Date(due) : null,
    };

    private static JsonObject Risk(Risk risk) => new()
    {
        ["score"] = risk.Score,
        ["grade"] = risk.Grade,
        ["label"] = CatalogJson.Text(risk.Label),
        ["importance"] = risk.Importance,
        ["threatLevel"] = risk.ThreatLevel,
        ["vulnerabilityLevel"] = risk.VulnerabilityLevel,
        ["percentInPlace"] = risk.PercentInPlace,
    };
}
