using System.Text.Json.Nodes;

namespace FactoryCps.Model.Writing;

/// <summary>
/// Writes a model back in the spec's format (shared/spec/factory-model.md), field names and all: what the web
/// application stores per object and exports. Defaults and absent values are left out, so that what was
/// imported comes back as written, and the output reads like a hand-written model.
/// </summary>
internal static class ModelWriter
{
    /// <summary>The model's lists in the spec's order; the key is also the section name in storage.</summary>
    public static IReadOnlyList<string> Sections { get; } =
        ["objectives", "requirements", "stakeholders", "operations", "assets", "zones", "externals", "conduits", "dataFlows", "countermeasures"];

    public static JsonObject Write(FactoryModel model)
    {
        var root = new JsonObject { ["format"] = FactoryModel.FormatVersion, ["site"] = Site(model.Site) };
        if (Bcp(model.Bcp) is { Count: > 0 } bcp)
        {
            root["bcp"] = bcp;
        }

        foreach (var section in Sections)
        {
            var items = Elements(model, section).Select(Element).ToList();
            if (items.Count > 0)
            {
                root[section] = new JsonArray([.. items]);
            }
        }

        return root;
    }

    public static IEnumerable<ModelElement> Elements(FactoryModel model, string section) => section switch
    {
        "objectives" => model.Objectives,
        "requirements" => model.Requirements,
        "stakeholders" => model.Stakeholders,
        "operations" => model.Operations,
        "assets" => model.Assets,
        "zones" => model.Zones,
        "externals" => model.Externals,
        "conduits" => model.Conduits,
        "dataFlows" => model.DataFlows,
        "countermeasures" => model.Countermeasures,
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, "Unknown model section."),
    };

    public static JsonObject Site(Site site) => Fields(site, ("organization", site.Organization), ("industry", site.Industry));

    public static JsonObject Bcp(Bcp bcp) => Compact(new JsonObject
    {
        ["reviewed"] = Date(bcp.Reviewed),
        ["maxTolerableDowntimeHours"] = bcp.MaxTolerableDowntimeHours,
    });

    public static JsonObject Element(ModelElement element) => element switch
    {
        Objective o => Fields(o, ("kind", o.Kind), ("since", Date(o.Since))),
        RequirementApplicability r => Fields(r, ("applies", r.Applies), ("note", r.Note)),
        Stakeholder s => Fields(s, ("kind", s.Kind), ("contact", s.Contact)),
        Operation o => Fields(o, ("objective", o.Objective), ("impact", Impact(o)), ("importance", o.Importance), ("importanceReason", o.ImportanceReason)),
        Asset a => Fields(
            a,
            ("kind", a.Kind), ("zone", a.Zone), ("operations", Strings(a.Operations)), ("importance", a.Importance), ("importanceReason", a.ImportanceReason),
            ("generalPurpose", True(a.GeneralPurpose)), ("vendor", a.Vendor), ("product", a.Product), ("version", a.Version), ("cpe", a.Cpe), ("purl", a.Purl),
            ("sbom", a.Sbom), ("storesData", True(a.StoresData)), ("capacityUsedPercent", a.CapacityUsedPercent), ("licenseExpires", Date(a.LicenseExpires)),
            ("supportEnds", Date(a.SupportEnds)), ("stakeholder", a.Stakeholder)),
        Zone z => Fields(z, ("template", z.Template), ("targetLevel", z.TargetLevel), ("targetLevelReason", z.TargetLevelReason)),
        External x => Fields(x, ("kind", x.Kind), ("stakeholder", x.Stakeholder)),
        Conduit c => Fields(
            c,
            ("from", c.From), ("to", c.To), ("protocols", Strings(c.Protocols)), ("direction", c.Direction == "both" ? null : c.Direction),
            ("encrypted", c.Encrypted), ("authenticated", c.Authenticated), ("controls", Strings(c.Controls))),
        DataFlow f => Fields(f, ("from", f.From), ("to", f.To), ("data", f.Data), ("feedback", True(f.Feedback)), ("personalOrConfidential", True(f.PersonalOrConfidential))),
        CountermeasureStatus s => Fields(s, ("status", s.Status), ("scope", Strings(s.Scope)), ("owner", s.Owner), ("due", Date(s.Due)), ("note", s.Note)),
        _ => throw new ArgumentOutOfRangeException(nameof(element), element.GetType().Name, "Unknown model element."),
    };

    private static JsonObject Fields(ModelElement element, params (string Name, JsonNode? Value)[] fields)
    {
        var node = new JsonObject { ["id"] = element.Id, ["name"] = element.Name, ["description"] = element.Description, ["tags"] = Strings(element.Tags) };
        foreach (var (name, value) in fields)
        {
            node[name] = value;
        }

        return Compact(node);
    }

    private static JsonObject? Impact(Operation operation) =>
        operation.Impact.Count == 0 ? null : new JsonObject(Operation.ImpactAxes.Where(operation.Impact.ContainsKey).Select(a => KeyValuePair.Create(a, (JsonNode?)operation.Impact[a])));

    private static JsonArray? Strings(IReadOnlyList<string> values) => values.Count == 0 ? null : [.. values.Select(v => (JsonNode)v)];

    private static JsonNode? True(bool value) => value ? JsonValue.Create(true) : null;

    /// <summary>Kept as a date value, so YAML shows it plain (2026-04-01) while JSON has its ISO text.</summary>
    private static JsonNode? Date(DateOnly? date) => date is { } d ? JsonValue.Create(d) : null;

    private static JsonObject Compact(JsonObject node)
    {
        foreach (var key in node.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            node.Remove(key);
        }

        return node;
    }
}
