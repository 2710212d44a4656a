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

    public static IEnumerable<(JsonElement Item, int Index)> Indexed(this JsonElement element, string name) =>
        element.Items(name).Select((item, index) => (item, index));

    public static IReadOnlyList<string> Strings(this JsonElement element, string name) =>
        [.. element.Items(name).Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString()!)];

    public static IEnumerable<(string Value, int Index)> IndexedStrings(this JsonElement element, string name) =>
        element.Items(name).Select((item, index) => (item, index))
            .Where(p => p.item.ValueKind == JsonValueKind.String)
            .Select(p => (p.item.GetString()!, p.index));

    public static DateTimeOffset? Date(this JsonElement element, string name) =>
        element.Str(name) is { } text && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date) ? date : null;
}
