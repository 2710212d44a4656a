using System.Collections.Frozen;
using System.Text.Json.Nodes;

namespace FactoryCps.Web.Step1;

/// <summary>The fields of each model section, from the embedded model schema (schemas/factory-model-1.schema.json).</summary>
internal static class FormSchema
{
    /// <summary>Step 1's sections in the order the guideline works through them; countermeasures belong to Step 2.</summary>
    public static IReadOnlyList<string> Step1Sections { get; } =
        ["site", "objectives", "bcp", "requirements", "stakeholders", "operations", "assets", "zones", "externals", "conduits", "dataFlows"];

    private static readonly FrozenDictionary<string, IReadOnlyList<FieldSpec>> Sections = Load();

    public static IReadOnlyList<FieldSpec> Fields(string section) => Sections[section];

    public static bool IsSingleton(string section) => section is "site" or "bcp";

    private static FrozenDictionary<string, IReadOnlyList<FieldSpec>> Load()
    {
        using var stream = typeof(FormSchema).Assembly.GetManifestResourceStream("FactoryCps.Web.factory-model.schema.json")
            ?? throw new InvalidOperationException("The model schema is not embedded.");
        var schema = JsonNode.Parse(stream)!.AsObject();
        var sections = new Dictionary<string, IReadOnlyList<FieldSpec>>(StringComparer.Ordinal);
        foreach (var (name, definition) in schema["properties"]!.AsObject())
        {
            var item = definition!["type"]?.GetValue<string>() == "array" ? definition["items"]! : definition;
            if (item["properties"] is JsonObject properties)
            {
                var fields = new List<FieldSpec>();
                Collect(properties, Required(item), "", fields);
                sections[name] = fields;
            }
        }

        return sections.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static HashSet<string> Required(JsonNode node) =>
        node["required"] is JsonArray required ? [.. required.Select(r => r!.GetValue<string>())] : [];

    private static void Collect(JsonObject properties, HashSet<string> required, string prefix, List<FieldSpec> fields)
    {
        foreach (var (name, property) in properties)
        {
            var path = prefix + name;
            var type = property!["type"]?.GetValue<string>();
            if (type == "object" && property["properties"] is JsonObject nested)
            {
                Collect(nested, Required(property), path + ".", fields);
                continue;
            }

            var kind = type switch
            {
                "integer" => FieldKind.Integer,
                "boolean" => FieldKind.Boolean,
                "array" => FieldKind.List,
                _ when property["enum"] is not null => FieldKind.Choice,
                _ when property["format"]?.GetValue<string>() == "date" => FieldKind.Date,
                _ when name is "description" or "note" or "importanceReason" or "targetLevelReason" => FieldKind.LongText,
                _ => FieldKind.Text,
            };
            var choices = (property["enum"] ?? property["items"]?["enum"]) is JsonArray values
                ? values.Select(v => v!.GetValue<string>()).ToList()
                : [];
            fields.Add(new FieldSpec(path, kind, required.Contains(name), choices, (Bound(property["minimum"]), Bound(property["maximum"]))));
        }
    }

    private static int? Bound(JsonNode? node) => node is null ? null : node.GetValue<int>();
}
