namespace FactoryCps.Sboms;

internal enum SbomChangeKind
{
    Added,
    Removed,

    /// <summary>In both SBOMs, with a different version or licence (see the flags).</summary>
    Changed,
}

internal sealed record SbomChange(
    SbomChangeKind Kind,
    string Name,
    string? Purl,
    string? OldVersion,
    string? NewVersion,
    string? OldLicense,
    string? NewLicense)
{
    public bool VersionChanged => Kind == SbomChangeKind.Changed && !string.Equals(OldVersion, NewVersion, StringComparison.Ordinal);

    public bool LicenseChanged => Kind == SbomChangeKind.Changed && !string.Equals(OldLicense, NewLicense, StringComparison.Ordinal);
}

/// <summary>What changed between two SBOMs of a product: components added, removed, and changed in version or licence.</summary>
internal sealed record SbomDiff(IReadOnlyList<SbomChange> Changes)
{
    public int Count(SbomChangeKind kind) => Changes.Count(c => c.Kind == kind);
}

internal static class SbomDiffer
{
    /// <summary>
    /// Components are matched by their PURL without the version (the package's identity), else by group and
    /// name. One package can appear in several versions (npm trees often do): versions on both sides are
    /// unchanged, and when exactly one version is left on each side it counts as an update of that package;
    /// otherwise the leftovers are reported as removed and added, since pairing them up would be a guess.
    /// </summary>
    public static SbomDiff Compare(Sbom older, Sbom newer)
    {
        var oldByKey = older.Components.ToLookup(Key, StringComparer.Ordinal);
        var newByKey = newer.Components.ToLookup(Key, StringComparer.Ordinal);
        var changes = new List<SbomChange>();
        foreach (var key in oldByKey.Select(g => g.Key).Union(newByKey.Select(g => g.Key), StringComparer.Ordinal))
        {
            var oldLeft = oldByKey[key].ToList();
            var newLeft = newByKey[key].ToList();
            foreach (var same in oldLeft.ToList())
            {
                if (newLeft.FirstOrDefault(n => string.Equals(n.Version, same.Version, StringComparison.Ordinal)) is { } match)
                {
                    oldLeft.Remove(same);
                    newLeft.Remove(match);
                    if (!string.Equals(same.LicenseExpression, match.LicenseExpression, StringComparison.Ordinal))
                    {
                        changes.Add(Changed(same, match));
                    }
                }
            }

            if (oldLeft.Count == 1 && newLeft.Count == 1)
            {
                changes.Add(Changed(oldLeft[0], newLeft[0]));
                continue;
            }

            changes.AddRange(oldLeft.Select(c => new SbomChange(SbomChangeKind.Removed, c.FullName, c.Purl, c.Version, null, c.LicenseExpression, null)));
            changes.AddRange(newLeft.Select(c => new SbomChange(SbomChangeKind.Added, c.FullName, c.Purl, null, c.Version, null, c.LicenseExpression)));
        }

        return new SbomDiff([.. changes
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ThenBy(c => c.Kind)
            .ThenBy(c => c.OldVersion ?? c.NewVersion, StringComparer.Ordinal)]);
    }

    private static SbomChange Changed(SbomComponent older, SbomComponent newer) =>
        new(SbomChangeKind.Changed, newer.FullName, newer.Purl, older.Version, newer.Version, older.LicenseExpression, newer.LicenseExpression);

    private static string Key(SbomComponent component) =>
        component.Purl is { Length: > 0 } purl ? "purl:" + PurlWithoutVersion(purl) : "name:" + component.FullName.ToLowerInvariant();

    /// <summary>
    /// <c>pkg:type/namespace/name@version?qualifiers#subpath</c> → <c>pkg:type/namespace/name</c>. A literal "@"
    /// can only start the version: in names and namespaces it is percent-encoded (npm scopes are <c>%40scope</c>).
    /// </summary>
    public static string PurlWithoutVersion(string purl)
    {
        var end = purl.IndexOfAny(['?', '#']);
        var head = end >= 0 ? purl[..end] : purl;
        var at = head.LastIndexOf('@');
        return (at > head.LastIndexOf('/') ? head[..at] : head).ToLowerInvariant();
    }
}
