namespace FactoryCps.Matching;

/// <summary>
/// A package URL (<c>pkg:type/namespace/name@version?qualifiers#subpath</c>) as far as matching needs it: the
/// package (type, namespace, name; compared without case, which most types ignore) and its version.
/// Qualifiers and subpath do not change which package it is, so they are not kept.
/// </summary>
internal sealed record PackageUrl(string Type, string? Namespace, string Name, string? Version, string Text)
{
    public string PackageKey => $"{Type}/{Namespace}/{Name}";

    public static PackageUrl? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !text.Trim().StartsWith("pkg:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = text.Trim()[4..].TrimStart('/');
        rest = Cut(Cut(rest, '#'), '?');
        string? version = null;
        var at = rest.LastIndexOf('@');
        if (at > rest.LastIndexOf('/'))
        {
            version = Uri.UnescapeDataString(rest[(at + 1)..]);
            rest = rest[..at];
        }

        var segments = rest.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2)
        {
            return null;
        }

        var ns = segments.Length > 2 ? string.Join('/', segments[1..^1].Select(Uri.UnescapeDataString)) : null;
        return new PackageUrl(
            segments[0].ToLowerInvariant(),
            ns?.ToLowerInvariant(),
            Uri.UnescapeDataString(segments[^1]).ToLowerInvariant(),
            string.IsNullOrEmpty(version) ? null : version,
            text.Trim());
    }

    private static string Cut(string text, char separator) => text.IndexOf(separator, StringComparison.Ordinal) is var i and >= 0 ? text[..i] : text;
}
