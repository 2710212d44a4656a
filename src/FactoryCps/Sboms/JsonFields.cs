using System.Text.Json;
using FactoryCps.Diagnostics;

namespace FactoryCps.Sboms;

/// <summary>
/// Typed reads from a parsed SBOM that fail with the file and JSON path instead of an
/// <see cref="InvalidOperationException"/> from deep inside System.Text.Json.
/// </summary>
internal sealed class JsonFields(string file)
{
    public string File { get; } = file;

    public SbomReadException Error(string path, string key, params object?[] args) => new(File, path, new Message(key, args));

    public string? OptionalString(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw Error(JsonPaths.Property(path, name), "SbomExpectedString");
    }

    public string RequiredString(JsonElement obj, string name, string path) =>
        OptionalString(obj, name, path) is { Length: > 0 } value
            ? value
            : throw Error(JsonPaths.Property(path, name), "SbomMissingField", name);

    /// <summary>The items of an optional array property; none when it is absent.</summary>
    public IEnumerable<(JsonElement Item, string Path)> Array(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            yield break;
        }

        var arrayPath = JsonPaths.Property(path, name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Error(arrayPath, "SbomExpectedArray");
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            yield return (item, JsonPaths.Index(arrayPath, index++));
        }
    }

    public JsonElement? OptionalObject(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object ? value : throw Error(JsonPaths.Property(path, name), "SbomExpectedObject");
    }

    public void RequireObject(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, "SbomExpectedObject");
        }
    }
}
