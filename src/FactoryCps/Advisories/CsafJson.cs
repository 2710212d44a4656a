using System.Text.Json;

namespace FactoryCps.Advisories;

/// <summary>Tolerant accessors: the model is read even from schema-invalid documents, so reports can still name products.</summary>
internal static class CsafJson
{
    public static JsonElement? Get(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    public static string? Str(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>Whether the string property <paramref name="name"/> is <paramref name="value"/>, without a string copy.</summary>
    public static bool Is(this JsonElement element, string name, string value) =>
        element.Get(name) is { ValueKind: JsonValueKind.String } text && text.ValueEquals(value);

    public static IEnumerable<JsonElement> Items(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    // Written out rather than with Select((item, index) => …): LINQ's iterators over these value tuples have no
    // ahead-of-time code, so every process compiled them at start.
    public static IEnumerable<(JsonElement Item, int Index)> Indexed(this JsonElement element, string name)
    {
        if (element.Get(name) is not { ValueKind: JsonValueKind.Array } array)
        {
            yield break;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            yield return (item, index++);
        }
    }

    public static IReadOnlyList<string> Strings(this JsonElement element, string name) =>
        [.. element.Items(name).Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString()!)];

    public static IEnumerable<(string Value, int Index)> IndexedStrings(this JsonElement element, string name)
    {
        foreach (var (item, index) in element.Indexed(name))
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                yield return (item.GetString()!, index);
            }
        }
    }

    public static DateTimeOffset? Date(this JsonElement element, string name) =>
        element.Str(name) is { } text && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date) ? date : null;
}
