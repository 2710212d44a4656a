namespace FactoryCps.Sboms;

/// <summary>JSON paths (<c>$.components[3].purl</c>) for messages; users read these, not JSON pointers.</summary>
internal static class JsonPaths
{
    public const string Root = "$";

    public static string Property(string path, string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? $"{path}.{name}" : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string path, int index) => $"{path}[{index}]";

    /// <summary>Turns a JSON pointer from the schema validator (<c>/components/3/purl</c>) into a JSON path.</summary>
    public static string FromPointer(string pointer)
    {
        var path = Root;
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            path = int.TryParse(segment, out var index) && index >= 0 ? Index(path, index) : Property(path, segment);
        }

        return path;
    }
}
