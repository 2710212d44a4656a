using System.Text.Json;
using System.Text.Json.Nodes;
using FactoryCps.Analysis;
using FactoryCps.Model;
using FactoryCps.Provenance;

namespace FactoryCps.Diffs;

internal static class ModelDiffer
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Fields of an element that are bookkeeping, not content: where it was written.</summary>
    private static readonly string[] Ignored = ["location", "path", "displayName"];

    /// <summary>Compares two loaded models, each analysed on what its loading derived.</summary>
    public static ModelDiff Compare(LoadedModel older, LoadedModel newer, DateOnly date) =>
        Compare(ModelAnalyzer.Analyze(older, date), ModelAnalyzer.Analyze(newer, date));

    /// <summary>Compares two analyses made for the same date (a caller that has the newer one already need not analyse it again).</summary>
    public static ModelDiff Compare(AnalysisResult before, AnalysisResult after)
    {
        var (older, newer) = (before.Model, after.Model);

        var elements = new List<ElementChange>();
        elements.AddRange(Compare("objectives", older.Objectives, newer.Objectives));
        elements.AddRange(Compare("stakeholders", older.Stakeholders, newer.Stakeholders));
        elements.AddRange(Compare("operations", older.Operations, newer.Operations));
        elements.AddRange(Compare("assets", older.Assets, newer.Assets));
        elements.AddRange(Compare("zones", older.Zones, newer.Zones));
        elements.AddRange(Compare("externals", older.Externals, newer.Externals));
        elements.AddRange(Compare("conduits", older.Conduits, newer.Conduits));
        elements.AddRange(Compare("dataFlows", older.DataFlows, newer.DataFlows));
        elements.AddRange(Compare("countermeasures", Keyed(older.Countermeasures), Keyed(newer.Countermeasures)));
        if (Serialize(older.Bcp) != Serialize(newer.Bcp))
        {
            elements.Add(new ElementChange("bcp", "bcp", "changed", Fields(Node(older.Bcp), Node(newer.Bcp))));
        }

        var importance = Values("operation", before.Operations.ToDictionary(o => o.Id, o => o.Importance), after.Operations.ToDictionary(o => o.Id, o => o.Importance))
            .Concat(Values("asset", before.Assets.ToDictionary(a => a.Id, a => a.Importance), after.Assets.ToDictionary(a => a.Id, a => a.Importance)))
            .Concat(Values("zone", before.Zones.ToDictionary(z => z.Id, z => z.Importance), after.Zones.ToDictionary(z => z.Id, z => z.Importance)))
            .ToList();
        var levels = Values("zone", before.Zones.ToDictionary(z => z.Id, z => z.TargetLevel), after.Zones.ToDictionary(z => z.Id, z => z.TargetLevel)).ToList();

        var oldThreats = before.Threats.Select(t => (t.Threat, t.Zone)).ToHashSet();
        var newThreats = after.Threats.Select(t => (t.Threat, t.Zone)).ToHashSet();
        var threats = newThreats.Except(oldThreats).Select(t => new ThreatChange(t.Threat, t.Zone, "added"))
            .Concat(oldThreats.Except(newThreats).Select(t => new ThreatChange(t.Threat, t.Zone, "removed")))
            .OrderBy(t => t.Threat, StringComparer.Ordinal).ThenBy(t => t.Zone, StringComparer.Ordinal).ToList();

        var oldRequired = before.Threats.SelectMany(t => t.Countermeasures.Select(c => (c.Id, t.Zone))).ToHashSet();
        var required = after.Threats
            .SelectMany(t => t.Countermeasures.Select(c => (State: c, t.Zone)))
            .Where(p => !oldRequired.Contains((p.State.Id, p.Zone)))
            .DistinctBy(p => (p.State.Id, p.Zone))
            .Select(p => new RequirementChange(p.State.Id, p.Zone, p.State.Status))
            .OrderBy(r => r.Zone, StringComparer.Ordinal).ThenBy(r => r.Countermeasure, StringComparer.Ordinal)
            .ToList();

        var oldFindings = before.Findings.ToDictionary(f => (f.Id, f.Subject));
        var newFindings = after.Findings.ToDictionary(f => (f.Id, f.Subject));
        var findings = newFindings.Where(p => !oldFindings.ContainsKey(p.Key)).Select(p => new FindingChange(p.Key.Id, p.Key.Subject, p.Value.Severity, "added"))
            .Concat(oldFindings.Where(p => !newFindings.ContainsKey(p.Key)).Select(p => new FindingChange(p.Key.Id, p.Key.Subject, p.Value.Severity, "removed")))
            .ToList();

        return new ModelDiff(elements, importance, levels, threats, required, findings);
    }

    /// <summary>A countermeasure status is identified by its key (id and scope): the same id may be recorded per zone.</summary>
    private static List<CountermeasureStatus> Keyed(IEnumerable<CountermeasureStatus> statuses) =>
        [.. statuses.Select(s => s with { Id = s.Key })];

    private static IEnumerable<ElementChange> Compare<T>(string list, IReadOnlyList<T> older, IReadOnlyList<T> newer)
        where T : ModelElement
    {
        var oldById = older.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var newById = newer.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var element in newer.Where(e => !oldById.ContainsKey(e.Id)))
        {
            yield return new ElementChange(list, element.Id, "added", []);
        }

        foreach (var element in older.Where(e => !newById.ContainsKey(e.Id)))
        {
            yield return new ElementChange(list, element.Id, "removed", []);
        }

        foreach (var element in newer.Where(e => oldById.ContainsKey(e.Id)))
        {
            var before = oldById[element.Id];
            if (Same(before, element))
            {
                continue;
            }

            var fields = Fields(Node(before), Node(element));
            if (fields.Count > 0)
            {
                yield return new ElementChange(list, element.Id, "changed", fields);
            }
        }
    }

    private static List<FieldChange> Fields(JsonObject older, JsonObject newer) =>
        [.. older.Select(p => p.Key).Union(newer.Select(p => p.Key))
            .Where(key => !Ignored.Contains(key))
            .Select(key => (key, old: older[key]?.ToJsonString(), now: newer[key]?.ToJsonString()))
            .Where(f => f.old != f.now && !(IsEmpty(f.old) && IsEmpty(f.now)))
            .Select(f => new FieldChange(f.key, f.old, f.now))];

    /// <summary>
    /// Whether two elements are equal apart from where they were written: one serialisation each, where the field by
    /// field comparison builds a JSON tree of both; on a site of 10,000 assets almost every element is unchanged.
    /// </summary>
    private static bool Same(ModelElement older, ModelElement newer) =>
        JsonSerializer.SerializeToUtf8Bytes(older with { Location = null, Path = "" }, older.GetType(), Json)
            .AsSpan().SequenceEqual(JsonSerializer.SerializeToUtf8Bytes(newer with { Location = null, Path = "" }, newer.GetType(), Json));

    private static bool IsEmpty(string? json) => json is null or "null" or "[]" or "{}" or "false";

    private static IEnumerable<ValueChange> Values(string kind, Dictionary<string, DerivedValue> older, Dictionary<string, DerivedValue> newer) =>
        older.Keys.Intersect(newer.Keys)
            .Where(id => older[id].Value != newer[id].Value)
            .Select(id => new ValueChange(kind, id, older[id].Value, newer[id].Value, newer[id].Why.Chain()) { Because = newer[id].Why });

    private static JsonObject Node<T>(T value) => (JsonObject)JsonSerializer.SerializeToNode(value, value!.GetType(), Json)!;

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Json);
}
