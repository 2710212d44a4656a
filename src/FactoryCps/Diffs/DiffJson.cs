using System.Text.Json.Nodes;

namespace FactoryCps.Diffs;

internal static class DiffJson
{
    public static JsonObject Write(ModelDiff diff) => new()
    {
        ["changes"] = new JsonArray([.. diff.Elements.Select(e => (JsonNode)new JsonObject
        {
            ["list"] = e.List,
            ["id"] = e.Id,
            ["change"] = e.Change,
            ["fields"] = new JsonArray([.. e.Fields.Select(f => (JsonNode)new JsonObject { ["field"] = f.Field, ["old"] = f.Old, ["new"] = f.New })]),
        })]),
        ["importance"] = Values(diff.Importance),
        ["targetLevels"] = Values(diff.TargetLevels),
        ["threats"] = new JsonArray([.. diff.Threats.Select(t => (JsonNode)new JsonObject { ["threat"] = t.Threat, ["zone"] = t.Zone, ["change"] = t.Change })]),
        ["newlyRequired"] = new JsonArray([.. diff.NewlyRequired.Select(r => (JsonNode)new JsonObject { ["countermeasure"] = r.Countermeasure, ["zone"] = r.Zone, ["status"] = r.Status })]),
        ["findings"] = new JsonArray([.. diff.Findings.Select(f => (JsonNode)new JsonObject { ["finding"] = f.Finding, ["subject"] = f.Subject, ["severity"] = f.Severity, ["change"] = f.Change })]),
    };

    private static JsonArray Values(IEnumerable<ValueChange> changes) =>
        [.. changes.Select(v => (JsonNode)new JsonObject { ["kind"] = v.Kind, ["id"] = v.Id, ["old"] = v.Old, ["new"] = v.New, ["why"] = v.Why })];
}
