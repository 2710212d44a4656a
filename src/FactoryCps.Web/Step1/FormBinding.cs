using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;

namespace FactoryCps.Web.Step1;

/// <summary>Between a model object (its JSON in the model format) and the strings of an HTML form.</summary>
internal static class FormBinding
{
    /// <summary>The text a field's input shows for an object.</summary>
    public static string Value(JsonObject? body, FieldSpec field)
    {
        JsonNode? node = body;
        foreach (var segment in field.Path.Split('.'))
        {
            node = node is JsonObject o ? o[segment] : null;
        }

        return node switch
        {
            null => "",
            JsonArray list => string.Join(", ", list.Select(i => i?.ToString() ?? "")),
            JsonValue value when value.TryGetValue<bool>(out var flag) => flag ? "true" : "false",
            _ => node.ToString(),
        };
    }

    /// <summary>
    /// The object with the form's values applied. Fields the form does not show (extension <c>x-</c> fields,
    /// for example) are kept; an emptied input removes its field. Numbers that do not parse stay text, so the
    /// model's own validation reports them at the field.
    /// </summary>
    public static JsonObject Apply(JsonObject? original, IReadOnlyList<FieldSpec> fields, Func<string, StringValues> form)
    {
        var body = original?.DeepClone().AsObject() ?? [];
        foreach (var field in fields)
        {
            var raw = form(field.Path).ToString().Trim();
            var target = Container(body, field);
            target.Remove(field.Name);
            if (raw.Length == 0)
            {
                continue;
            }

            target[field.Name] = field.Kind switch
            {
                FieldKind.Integer when int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
                FieldKind.Boolean when raw is "true" or "false" => raw == "true",
                FieldKind.List => new JsonArray([.. raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => (JsonNode)v)]),
                _ => raw,
            };
        }

        // A nested object left empty (no impact rated) is dropped rather than written as {}.
        foreach (var parent in fields.Select(f => f.Parent).OfType<string>().Distinct())
        {
            if (body[parent] is JsonObject { Count: 0 })
            {
                body.Remove(parent);
            }
        }

        return body;
    }

    private static JsonObject Container(JsonObject body, FieldSpec field)
    {
        if (field.Parent is not { } parent)
        {
            return body;
        }

        if (body[parent] is not JsonObject nested)
        {
            nested = [];
            body[parent] = nested;
        }

        return nested;
    }
}
