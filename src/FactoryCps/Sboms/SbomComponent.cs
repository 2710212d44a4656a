namespace FactoryCps.Sboms;

/// <summary>
/// A component of an SBOM. Licences are kept entry by entry, with what kind of entry each is, so that the
/// licence overview can tell an SPDX identifier from a free-text name, "not stated" (SPDX <c>NOASSERTION</c>)
/// and "no licence" (<c>NONE</c>). <see cref="Path"/> is where the component is in the file (a JSON path), so that messages can point at it.
/// </summary>
internal sealed record SbomComponent(
    string Name,
    string? Version,
    string? Group,
    string? Type,
    string? Purl,
    string? Cpe,
    IReadOnlyList<SbomLicense> Licenses,
    IReadOnlyList<SbomHash> Hashes,
    string? Supplier,
    string? Author,
    string Path)
{
    /// <summary>Group and name as one label, the way package managers show them (e.g. <c>org.slf4j/slf4j-api</c>).</summary>
    public string FullName => string.IsNullOrEmpty(Group) ? Name : Group + "/" + Name;

    /// <summary>
    /// The licences as one SPDX expression. Several CycloneDX entries are joined with AND, because each of them
    /// applies to the component; null when the SBOM states none.
    /// </summary>
    public string? LicenseExpression => Licenses.Count switch
    {
        0 => null,
        1 => Licenses[0].Value,
        _ => string.Join(" AND ", Licenses.Select(l => l.Kind == SbomLicenseKind.Expression ? $"({l.Value})" : l.Value)),
    };
}

internal sealed record SbomHash(string Algorithm, string Value);
