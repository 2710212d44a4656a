using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace FactoryCps.Advisories;

/// <summary>
/// The CSAF 2.0 JSON schema with the FIRST CVSS schemas it references, all from embedded copies. The CVSS
/// schemas are registered under the exact URLs the CSAF schema uses, and fetching is disabled, so a missing
/// reference fails loudly instead of reaching the network.
/// </summary>
internal static class CsafSchema
{
    private const string Prefix = "FactoryCps.Advisories.Schemas.";

    private static readonly string[] CvssVersions = ["2.0", "3.0", "3.1"];

    /// <summary>The full JsonSchema.Net schema, built on first use (only to word the errors of an invalid document).</summary>
    public static JsonSchema Instance => Full.Schemas.Value.Csaf;

    private static readonly Lazy<QuickSchemas> Quick = new(BuildQuick, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The fast yes/no check of a document against the CSAF schema (see <see cref="CompiledSchema"/>).</summary>
    public static bool IsValid(JsonElement document) => Quick.Value.Csaf.IsValid(document);

    /// <summary>The fast yes/no check of a CVSS object against the FIRST schema of its version.</summary>
    public static bool IsValidCvss(string version, JsonElement cvss) =>
        Quick.Value.Cvss.TryGetValue(version, out var schema) && schema.IsValid(cvss);

    /// <summary>Whether a FIRST schema is embedded for the CVSS version ("2.0", "3.0", "3.1").</summary>
    public static bool IsCvssVersion(string version) => Array.IndexOf(CvssVersions, version) >= 0;

    /// <summary>The FIRST schema for a CVSS version ("2.0", "3.0", "3.1"), used on its own by test 6.1.8.</summary>
    public static JsonSchema? Cvss(string version) => Full.Schemas.Value.Cvss.GetValueOrDefault(version);

    /// <summary>
    /// Apart, so that a run over valid documents never loads or sets up JsonSchema.Net (about a tenth of a
    /// second of start-up, most of it compiling the library's generic collections).
    /// </summary>
    private static class Full
    {
        public static readonly Lazy<(JsonSchema Csaf, Dictionary<string, JsonSchema> Cvss)> Schemas = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private static (JsonSchema, Dictionary<string, JsonSchema>) Build()
    {
        var cvss = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        var registry = new SchemaRegistry { Fetch = (uri, _) => throw new InvalidOperationException($"Schema '{uri}' is not embedded; fcps never fetches schemas from the network.") };
        // Explicit dialects: the library's default rejects unknown keywords such as the FIRST schemas' "license".
        var options = new BuildOptions { SchemaRegistry = registry, Dialect = Dialect.Draft07 };
        foreach (var version in CvssVersions)
        {
            var node = JsonNode.Parse(Read($"cvss-v{version}.json"))!.AsObject();
            // The files carry a dated $id ("...json?20211103") and v2 is draft-04 ("id"); the CSAF schema refers to
            // the undated URL, and its keywords are the same in draft-07, which the library understands.
            node.Remove("id");
            node["$id"] = $"https://www.first.org/cvss/cvss-v{version}.json";
            node["$schema"] = "http://json-schema.org/draft-07/schema#";
            var uri = new Uri($"https://www.first.org/cvss/cvss-v{version}.json");
            var schema = JsonSchema.Build(JsonSerializer.SerializeToElement(node), options, uri);
            if (registry.Get(uri) is null)
            {
                registry.Register(uri, schema);
            }

            cvss[version] = schema;
        }

        var csafOptions = new BuildOptions { SchemaRegistry = registry, Dialect = Dialect.Draft202012 };
        return (JsonSchema.FromText(Read("csaf_json_schema.json"), csafOptions), cvss);
    }

    private static QuickSchemas BuildQuick()
    {
        const string CsafUri = "csaf";
        var documents = new Dictionary<string, JsonElement>(StringComparer.Ordinal) { [CsafUri] = JsonDocument.Parse(Read("csaf_json_schema.json")).RootElement };
        foreach (var version in CvssVersions)
        {
            documents[$"https://www.first.org/cvss/cvss-v{version}.json"] = JsonDocument.Parse(Read($"cvss-v{version}.json")).RootElement;
        }

        var cvss = CvssVersions.ToDictionary(v => v, v => new CompiledSchema(documents, $"https://www.first.org/cvss/cvss-v{v}.json"), StringComparer.Ordinal);
        return new(new CompiledSchema(documents, CsafUri), cvss);
    }

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"Embedded schema '{name}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A class, not a value tuple: a generic over a value tuple is compiled at every start.</summary>
    private sealed record QuickSchemas(CompiledSchema Csaf, Dictionary<string, CompiledSchema> Cvss);
}
