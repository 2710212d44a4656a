using System.Text.Json;

namespace FactoryCps.Sboms;

/// <summary>
/// Reads SPDX 2.2 / 2.3 JSON: packages become components. When the document describes exactly one package,
/// that package is the subject (the product) and the others are its components; otherwise every package is a
/// component, as there is no single product to name.
/// </summary>
internal static class SpdxReader
{
    public static readonly IReadOnlyList<string> SupportedVersions = ["SPDX-2.2", "SPDX-2.3"];

    public static Sbom Read(JsonElement root, JsonFields fields)
    {
        var version = fields.RequiredString(root, "spdxVersion", JsonPaths.Root);
        if (!SupportedVersions.Contains(version))
        {
            throw fields.Error(JsonPaths.Property(JsonPaths.Root, "spdxVersion"), "SbomSpdxVersionUnsupported",
                version, string.Join(", ", SupportedVersions));
        }

        // The fields every SPDX 2.x document must have (SPDX 2.3 §6); without them it is not a document we can trust.
        fields.RequiredString(root, "SPDXID", JsonPaths.Root);
        var name = fields.RequiredString(root, "name", JsonPaths.Root);
        fields.RequiredString(root, "dataLicense", JsonPaths.Root);
        fields.RequiredString(root, "documentNamespace", JsonPaths.Root);

        var packages = fields.Array(root, "packages", JsonPaths.Root)
            .Select(p =>
            {
                fields.RequireObject(p.Item, p.Path);
                return (Id: fields.RequiredString(p.Item, "SPDXID", p.Path), Component: Component(p.Item, p.Path, fields));
            })
            .ToList();

        var described = Described(root, fields);
        var subjects = packages.Where(p => described.Contains(p.Id)).ToList();
        var subject = subjects.Count == 1 ? subjects[0] : default;
        var components = packages.Where(p => subject.Component is null || p.Id != subject.Id).Select(p => p.Component).ToList();
        return new Sbom(SbomFormat.Spdx, version["SPDX-".Length..], name, subject.Component, components);
    }

    /// <summary>What the document describes: <c>documentDescribes</c> (2.2) and DESCRIBES relationships (2.3).</summary>
    private static HashSet<string> Described(JsonElement root, JsonFields fields)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, _) in fields.Array(root, "documentDescribes", JsonPaths.Root))
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                ids.Add(item.GetString()!);
            }
        }

        var documentId = fields.RequiredString(root, "SPDXID", JsonPaths.Root);
        foreach (var (item, path) in fields.Array(root, "relationships", JsonPaths.Root))
        {
            fields.RequireObject(item, path);
            if (fields.OptionalString(item, "relationshipType", path) == "DESCRIBES"
                && fields.OptionalString(item, "spdxElementId", path) == documentId
                && fields.OptionalString(item, "relatedSpdxElement", path) is { } related)
            {
                ids.Add(related);
            }
        }

        return ids;
    }

    private static SbomComponent Component(JsonElement package, string path, JsonFields fields)
    {
        string? purl = null;
        string? cpe23 = null;
        string? cpe22 = null;
        foreach (var (reference, referencePath) in fields.Array(package, "externalRefs", path))
        {
            fields.RequireObject(reference, referencePath);
            var locator = fields.OptionalString(reference, "referenceLocator", referencePath);
            switch (fields.OptionalString(reference, "referenceType", referencePath))
            {
                case "purl":
                    purl ??= locator;
                    break;
                case "cpe23Type":
                    cpe23 ??= locator;
                    break;
                case "cpe22Type":
                    cpe22 ??= locator;
                    break;
            }
        }

        return new SbomComponent(
            Name: fields.RequiredString(package, "name", path),
            Version: fields.OptionalString(package, "versionInfo", path),
            Group: null,
            Type: fields.OptionalString(package, "primaryPackagePurpose", path),
            Purl: purl,
            // CPE 2.3 is what NVD and advisories use today; 2.2 only when that is all there is.
            Cpe: cpe23 ?? cpe22,
            Licenses: License(package, path, fields),
            Hashes: [.. fields.Array(package, "checksums", path).Select(c => new SbomHash(
                fields.RequiredString(c.Item, "algorithm", c.Path), fields.RequiredString(c.Item, "checksumValue", c.Path)))],
            Supplier: Agent(fields.OptionalString(package, "supplier", path)),
            Author: Agent(fields.OptionalString(package, "originator", path)),
            Path: path);
    }

    /// <summary>
    /// The concluded licence is what the SBOM's author determined; the declared one is what the package says.
    /// The concluded one wins unless it is NOASSERTION, so a declared licence is not hidden by "not checked".
    /// </summary>
    private static List<SbomLicense> License(JsonElement package, string path, JsonFields fields)
    {
        var concluded = fields.OptionalString(package, "licenseConcluded", path) is { Length: > 0 } c ? SbomLicense.FromSpdxField(c) : null;
        var declared = fields.OptionalString(package, "licenseDeclared", path) is { Length: > 0 } d ? SbomLicense.FromSpdxField(d) : null;
        var chosen = concluded is null or { Kind: SbomLicenseKind.NoAssertion } && declared is not null ? declared : concluded;
        return chosen is null ? [] : [chosen];
    }

    /// <summary>"Organization: ACME (a@b)" or "Person: …" → the name part; NOASSERTION means nobody is named.</summary>
    private static string? Agent(string? value)
    {
        if (value is null || value.Trim() == SbomLicense.NoAssertionValue)
        {
            return null;
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return (colon >= 0 ? value[(colon + 1)..] : value).Trim();
    }
}
