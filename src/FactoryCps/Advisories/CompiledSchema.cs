using System.Text;
using System.Text.Json;

namespace FactoryCps.Advisories;

/// <summary>
/// A yes/no JSON schema check compiled to closures, for the keywords the CSAF 2.0 and FIRST CVSS schemas use.
/// JsonSchema.Net evaluation dominated validation time (about three quarters of it over the CISA advisories);
/// almost every real advisory is valid, so this check answers first and the full evaluation runs only to word
/// the errors of a document this check rejects. A keyword it does not know fails the compilation, so it can
/// never pass a document by skipping a rule. Formats are annotations, as in the full evaluation.
/// </summary>
internal sealed class CompiledSchema
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "id", "title", "description", "examples", "default", "format", "license", "$defs", "definitions",
    };

    private readonly Dictionary<string, JsonElement> _documents;
    private readonly Dictionary<(string Document, string Pointer), Func<JsonElement, bool>> _compiled = [];
    private readonly List<Action> _unresolved = [];
    private readonly Func<JsonElement, bool> _root;

    /// <summary>Compiles the schema document <paramref name="rootUri"/> of <paramref name="documents"/> (schema documents by URI).</summary>
    public CompiledSchema(Dictionary<string, JsonElement> documents, string rootUri)
    {
        _documents = documents;
        _root = Reference(rootUri, "");
        // References are resolved here, not on first use, so that checking never changes state (threads share it).
        while (_unresolved.Count > 0)
        {
            var resolve = _unresolved[^1];
            _unresolved.RemoveAt(_unresolved.Count - 1);
            resolve();
        }
    }

    public bool IsValid(JsonElement instance) => _root(instance);

    private Func<JsonElement, bool> Reference(string document, string pointer)
    {
        if (_compiled.TryGetValue((document, pointer), out var done))
        {
            return done;
        }

        var schema = _documents[document];
        foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            schema = schema.GetProperty(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }

        return _compiled[(document, pointer)] = Compile(document, schema);
    }

    private Func<JsonElement, bool> Compile(string document, JsonElement schema)
    {
        var checks = new List<Func<JsonElement, bool>>();
        foreach (var keyword in schema.EnumerateObject())
        {
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case "type":
                    var kind = value.GetString() switch
                    {
                        "object" => JsonValueKind.Object,
                        "array" => JsonValueKind.Array,
                        "string" => JsonValueKind.String,
                        "number" => JsonValueKind.Number,
                        var other => throw new InvalidOperationException($"Schema type '{other}' is not supported."),
                    };
                    checks.Add(i => i.ValueKind == kind);
                    break;
                case "$ref":
                    var target = value.GetString()!;
                    var hash = target.IndexOf('#', StringComparison.Ordinal);
                    var (refDocument, refPointer) = hash < 0 ? (target, "") : hash == 0 ? (document, target[1..]) : (target[..hash], target[(hash + 1)..]);
                    // Resolved after the whole schema is compiled: the target may still be compiling (recursion).
                    Func<JsonElement, bool>? resolved = null;
                    _unresolved.Add(() => resolved = Reference(refDocument, refPointer));
                    checks.Add(i => resolved!(i));
                    break;
                case "properties":
                    var properties = value.EnumerateObject().Select(p => (Name: Encoding.UTF8.GetBytes(p.Name), Check: Compile(document, p.Value))).ToArray();
                    checks.Add(i => i.ValueKind != JsonValueKind.Object || Properties(i, properties));
                    break;
                case "required":
                    var required = value.EnumerateArray().Select(r => Encoding.UTF8.GetBytes(r.GetString()!)).ToArray();
                    checks.Add(i => i.ValueKind != JsonValueKind.Object || HasAll(i, required));
                    break;
                case "items":
                    var item = Compile(document, value);
                    checks.Add(i => i.ValueKind != JsonValueKind.Array || AllItems(i, item));
                    break;
                case "minItems":
                    var minItems = value.GetInt32();
                    checks.Add(i => i.ValueKind != JsonValueKind.Array || i.GetArrayLength() >= minItems);
                    break;
                case "uniqueItems":
                    if (value.GetBoolean())
                    {
                        checks.Add(i => i.ValueKind != JsonValueKind.Array || UniqueItems.AllDifferent(i));
                    }

                    break;
                case "minProperties":
                    var minProperties = value.GetInt32();
                    checks.Add(i => i.ValueKind != JsonValueKind.Object || PropertyCount(i) >= minProperties);
                    break;
                case "maxProperties":
                    var maxProperties = value.GetInt32();
                    checks.Add(i => i.ValueKind != JsonValueKind.Object || PropertyCount(i) <= maxProperties);
                    break;
                case "minLength":
                    var minLength = value.GetInt32();
                    // minLength 1 is by far the most common; it needs no copy of the string.
                    checks.Add(minLength == 1
                        ? i => i.ValueKind != JsonValueKind.String || !i.ValueEquals(string.Empty)
                        : i => i.ValueKind != JsonValueKind.String || RawJsonText.CodePoints(i) >= minLength);
                    break;
                case "pattern":
                    var pattern = new SchemaPattern(value.GetString()!);
                    checks.Add(i => i.ValueKind != JsonValueKind.String || RawJsonText.IsMatch(pattern, i));
                    break;
                case "enum":
                    var allowed = value.EnumerateArray().ToArray();
                    var words = allowed.Where(a => a.ValueKind == JsonValueKind.String).Select(a => Encoding.UTF8.GetBytes(a.GetString()!)).ToArray();
                    checks.Add(i => i.ValueKind == JsonValueKind.String ? IsOneOf(i, words) : allowed.Any(a => JsonElement.DeepEquals(a, i)));
                    break;
                case "minimum":
                    var minimum = value.GetDouble();
                    checks.Add(i => i.ValueKind != JsonValueKind.Number || i.GetDouble() >= minimum);
                    break;
                case "maximum":
                    var maximum = value.GetDouble();
                    checks.Add(i => i.ValueKind != JsonValueKind.Number || i.GetDouble() <= maximum);
                    break;
                case "oneOf":
                    var options = value.EnumerateArray().Select(o => Compile(document, o)).ToArray();
                    checks.Add(i => ExactlyOne(i, options));
                    break;
                default:
                    if (!Annotations.Contains(keyword.Name))
                    {
                        throw new InvalidOperationException($"Schema keyword '{keyword.Name}' is not supported by the compiled check.");
                    }

                    break;
            }
        }

        var all = checks.ToArray();
        return instance =>
        {
            foreach (var check in all)
            {
                if (!check(instance))
                {
                    return false;
                }
            }

            return true;
        };
    }

    private static bool Properties(JsonElement instance, (byte[] Name, Func<JsonElement, bool> Check)[] properties)
    {
        foreach (var (name, check) in properties)
        {
            if (instance.TryGetProperty(name, out var value) && !check(value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasAll(JsonElement instance, byte[][] names)
    {
        foreach (var name in names)
        {
            if (!instance.TryGetProperty(name, out _))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllItems(JsonElement array, Func<JsonElement, bool> check)
    {
        foreach (var item in array.EnumerateArray())
        {
            if (!check(item))
            {
                return false;
            }
        }

        return true;
    }

    private static int PropertyCount(JsonElement instance)
    {
        var count = 0;
        foreach (var _ in instance.EnumerateObject())
        {
            count++;
        }

        return count;
    }

    private static bool IsOneOf(JsonElement text, byte[][] words)
    {
        foreach (var word in words)
        {
            if (text.ValueEquals(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ExactlyOne(JsonElement instance, Func<JsonElement, bool>[] options)
    {
        var matched = 0;
        foreach (var option in options)
        {
            if (option(instance) && ++matched > 1)
            {
                return false;
            }
        }

        return matched == 1;
    }
}
