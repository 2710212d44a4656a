using System.Globalization;
using System.Text.Json.Nodes;
using FactoryCps.Catalog;

namespace FactoryCps.Plans;

internal static class PlanJson
{
    public static JsonObject Write(SecurityPlan plan, GuidelineCatalog catalog) => new()
    {
        ["zones"] = new JsonArray([.. plan.Zones.Select(z => (JsonNode)new JsonObject
        {
            ["zone"] = z.Zone,
            ["name"] = z.Name,
            ["importance"] = z.Importance,
            ["targetLevel"] = z.TargetLevel,
            ["threats"] = new JsonArray([.. z.Threats.Select(t => (JsonNode)t)]),
            ["required"] = new JsonArray([.. z.Required.Select(r => (JsonNode)new JsonObject { ["id"] = r.Id, ["status"] = r.Status })]),
            ["gaps"] = new JsonArray([.. z.Gaps.Select(r => (JsonNode)r.Id)]),
        })]),
        ["actions"] = new JsonArray([.. plan.Actions.Select(a => (JsonNode)new JsonObject
        {
            ["rank"] = a.Rank,
            ["countermeasure"] = a.Countermeasure,
            ["title"] = CatalogJson.Text(catalog.CountermeasuresById[a.Countermeasure].Title),
            ["status"] = a.Status,
            ["zones"] = new JsonArray([.. a.Zones.Select(z => (JsonNode)z)]),
            ["threats"] = new JsonArray([.. a.Threats.Select(t => (JsonNode)t)]),
            ["riskReduced"] = a.RiskReduced,
            ["highestGrade"] = a.HighestGrade,
            ["owner"] = a.Owner,
            ["due"] = a.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        })]),
    };
}
