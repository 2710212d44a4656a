using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactoryCps.Yaml;

namespace FactoryCps.Cli.Common;

/// <summary>
/// Writes a JSON contract as JSON or YAML. The catalogue leaves absent values out; analysis contracts keep
/// them as null so that, for example, a threat on the whole site says <c>"zone": null</c>.
/// </summary>
internal static class StructuredOutput
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        // Japanese stays readable; this output goes to files and terminals, never into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter writer, JsonNode node, string format, bool omitNulls = true)
    {
        var clean = omitNulls ? WithoutNulls(node) : node;
        if (format == "yaml")
        {
            writer.Write(YamlText.Write(clean));
        }
        else
        {
            writer.WriteLine(clean?.ToJsonString(JsonOptions));
        }
    }

    private static JsonNode? WithoutNulls(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Key, WithoutNulls(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(WithoutNulls)]),
        null => null,
        _ => node.DeepClone(),
    };
}
