using System.Globalization;
using System.Text.Json.Nodes;

namespace FactoryCps.Yaml;

/// <summary>
/// Converts a YAML tree to JSON with YAML's core-schema typing (plain <c>3</c> is a number, quoted
/// <c>'3'</c> a string), so the shipped JSON Schemas can check YAML files too.
/// </summary>
internal static class YamlJson
{
    public static JsonNode? ToJson(YNode node) => node switch
    {
        YMapping mapping => new JsonObject(mapping.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToJson(e.Value)))),
        YSequence sequence => new JsonArray([.. sequence.Items.Select(ToJson)]),
        YScalar { IsNull: true } => null,
        YScalar { IsPlain: true } scalar => Plain(scalar.Value),
        YScalar scalar => JsonValue.Create(scalar.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static JsonNode Plain(string value)
    {
        if (value is "true" or "True" or "TRUE")
        {
            return JsonValue.Create(true);
        }

        if (value is "false" or "False" or "FALSE")
        {
            return JsonValue.Create(false);
        }

        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(value);
    }
}
