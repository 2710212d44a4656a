using System.Globalization;
using System.Text.RegularExpressions;
using FactoryCps.Diagnostics;
using FactoryCps.Localization;

namespace FactoryCps.Yaml;

/// <summary>
/// Typed, located reads from one YAML mapping. Every problem becomes a diagnostic naming the line,
/// the path (<c>countermeasures[3].title.ja</c>), what was expected and what was found; reads go on
/// after a problem so that one run reports them all.
/// </summary>
internal sealed partial class MapReader(YMapping map, string path, DiagnosticBag diagnostics)
{
    private static readonly string[] TextKeys = ["ja", "en"];

    public YMapping Map { get; } = map;

    public string Path { get; } = path;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public static MapReader? Of(YNode? node, string path, DiagnosticBag diagnostics)
    {
        if (node is YMapping mapping)
        {
            return new MapReader(mapping, path, diagnostics);
        }

        if (node is not null)
        {
            diagnostics.Error(node.Location, path, "ExpectedType", "mapping", Found(node));
        }

        return null;
    }

    public string PathOf(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public SourceLocation LocationOf(string key) => Map.KeyNode(key)?.Location ?? Map.Location;

    public bool Has(string key) => Map[key] is { } node && !(node is YScalar { IsNull: true });

    /// <summary>Catalogue and model files are contracts: a misspelt field is an error, not silently ignored.</summary>
    public void OnlyKeys(params string[] allowed) => OnlyKeys(allowExtensions: false, allowed);

    /// <summary>As <see cref="OnlyKeys(string[])"/>; with extensions, fields named <c>x-…</c> are the user's own and ignored.</summary>
    public void OnlyKeys(bool allowExtensions, params string[] allowed)
    {
        // Index loops: this runs for every element of a large model, and enumerating through the interfaces
        // allocated an enumerator each time.
        var entries = Map.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (allowExtensions && entry.Key.Value.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            if (Array.IndexOf(allowed, entry.Key.Value) < 0)
            {
                Diagnostics.Error(entry.Key.Location, PathOf(entry.Key.Value), "UnknownField", entry.Key.Value, string.Join(", ", allowed));
            }
        }
    }

    public string? String(string key, bool required = false)
    {
        var node = Get(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YScalar scalar && !(scalar.IsNull))
        {
            return scalar.Value;
        }

        Diagnostics.Error(node.Location, PathOf(key), "ExpectedType", "string", Found(node));
        return null;
    }

    public string? Id(string key = "id", bool required = true)
    {
        var value = String(key, required);
        if (value is not null && !IdPattern().IsMatch(value))
        {
            Diagnostics.Error(Map[key]!.Location, PathOf(key), "InvalidId", IdPattern().ToString(), value);
            return null;
        }

        return value;
    }

    public string? Enum(string key, IReadOnlyCollection<string> allowed, bool required = false)
    {
        var value = String(key, required);
        if (value is not null && !allowed.Contains(value))
        {
            Diagnostics.Error(Map[key]!.Location, PathOf(key), "InvalidEnum", string.Join(" | ", allowed), Found(Map[key]!));
            return null;
        }

        return value;
    }

    public int? Int(string key, int min, int max, bool required = false)
    {
        var node = Get(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YScalar { IsPlain: true } scalar && int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            if (value < min || value > max)
            {
                Diagnostics.Error(node.Location, PathOf(key), "IntOutOfRange", min, max, value);
                return null;
            }

            return value;
        }

        Diagnostics.Error(node.Location, PathOf(key), "ExpectedType", $"integer {min}..{max}", Found(node));
        return null;
    }

    public bool? Bool(string key, bool required = false)
    {
        var node = Get(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YScalar { IsPlain: true } scalar)
        {
            switch (scalar.Value)
            {
                case "true" or "True" or "TRUE":
                    return true;
                case "false" or "False" or "FALSE":
                    return false;
            }
        }

        Diagnostics.Error(node.Location, PathOf(key), "ExpectedType", "true | false", Found(node));
        return null;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var node = Get(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YScalar scalar && DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Diagnostics.Error(node.Location, PathOf(key), "ExpectedType", "date YYYY-MM-DD", Found(node));
        return null;
    }

    /// <summary>A ja/en text; <paramref name="alsoAllowed"/> names further keys its mapping may carry, read by the caller.</summary>
    public LocalizedText? Text(string key, bool required = false, string[]? alsoAllowed = null)
    {
        var node = Get(key, required);
        return node is null ? null : ReadText(node, PathOf(key), Diagnostics, alsoAllowed);
    }

    public IReadOnlyList<LocalizedText> TextList(string key, bool required = false)
    {
        var result = new List<LocalizedText>();
        foreach (var (node, itemPath) in Items(key, required))
        {
            if (ReadText(node, itemPath, Diagnostics) is { } text)
            {
                result.Add(text);
            }
        }

        return result;
    }

    public IReadOnlyList<string> StringList(string key, bool required = false)
    {
        var node = Get(key, required);
        if (node is YSequence sequence)
        {
            // Read without the item paths of Items: they are wanted only for an error, and a large model has
            // tens of thousands of short lists.
            var result = new List<string>(sequence.Items.Count);
            for (var i = 0; i < sequence.Items.Count; i++)
            {
                if (sequence.Items[i] is YScalar { IsNull: false } scalar)
                {
                    result.Add(scalar.Value);
                }
                else
                {
                    Diagnostics.Error(sequence.Items[i].Location, $"{PathOf(key)}[{i}]", "ExpectedType", "string", Found(sequence.Items[i]));
                }
            }

            return result;
        }

        if (node is not null)
        {
            Diagnostics.Error(node.Location, PathOf(key), "ExpectedType", "list", Found(node));
        }

        return [];
    }

    /// <summary>The items of a list field, each with its path (<c>threats[2]</c>).</summary>
    public IEnumerable<(YNode Node, string Path)> Items(string key, bool required = false)
    {
        var node = Get(key, required);
        if (node is null)
        {
            yield break;
        }

        if (node is not YSequence sequence)
        {
            Diagnostics.Error(node.Location, PathOf(key), "ExpectedType", "list", Found(node));
            yield break;
        }

        var listPath = PathOf(key);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            yield return (sequence.Items[i], $"{listPath}[{i}]");
        }
    }

    public IEnumerable<MapReader> MappingItems(string key, bool required = false)
    {
        foreach (var (node, itemPath) in Items(key, required))
        {
            if (Of(node, itemPath, Diagnostics) is { } reader)
            {
                yield return reader;
            }
        }
    }

    public MapReader? Mapping(string key, bool required = false) => Of(Get(key, required), PathOf(key), Diagnostics);

    public static LocalizedText? ReadText(YNode node, string path, DiagnosticBag diagnostics, string[]? alsoAllowed = null)
    {
        if (Of(node, path, diagnostics) is not { } reader)
        {
            return null;
        }

        reader.OnlyKeys(alsoAllowed is null ? TextKeys : [.. TextKeys, .. alsoAllowed]);
        var ja = reader.String("ja");
        var en = reader.String("en");
        var complete = true;
        foreach (var (code, value) in new[] { ("ja", ja), ("en", en) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                diagnostics.Error(reader.LocationOf(code), reader.PathOf(code), "TextMissingLanguage", code);
                complete = false;
            }
        }

        return complete ? new LocalizedText(ja!.Trim(), en!.Trim()) : null;
    }

    /// <summary>How a found value is shown: plain values as written, quoted ones marked as text.</summary>
    public static string Found(YNode node) => node switch
    {
        YScalar { IsNull: true } => "null",
        YScalar { IsPlain: true } scalar => $"'{Shorten(scalar.Value)}'",
        YScalar scalar => $"\"{Shorten(scalar.Value)}\" (text)",
        _ => node.KindName,
    };

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private YNode? Get(string key, bool required)
    {
        var node = Map[key];
        if (node is null || node is YScalar { IsNull: true })
        {
            if (required)
            {
                Diagnostics.Error(LocationOf(key), PathOf(key), "FieldRequired", key);
            }

            return null;
        }

        return node;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    public static partial Regex IdPattern();
}
