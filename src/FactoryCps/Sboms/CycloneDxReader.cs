using System.Text.Json;
using FactoryCps.Diagnostics;

namespace FactoryCps.Sboms;

/// <summary>
/// Reads a CycloneDX JSON BOM after it has passed the schema of its version, so the shapes are known; the
/// typed reads still name the path if something slips through (a schema never covers everything).
/// </summary>
internal static class CycloneDxReader
{
    /// <summary>How many schema violations one error message lists; the rest are counted.</summary>
    private const int ViolationsShown = 3;

    public static Sbom Read(JsonElement root, JsonFields fields)
    {
        var version = fields.RequiredString(root, "specVersion", JsonPaths.Root);
        if (!CycloneDxSchemas.IsSupported(version))
        {
            throw fields.Error(JsonPaths.Property(JsonPaths.Root, "specVersion"), "SbomCycloneDxVersionUnsupported",
                version, string.Join(", ", CycloneDxSchemas.SupportedVersions));
        }

        var violations = CycloneDxSchemas.Validate(root, version);
        if (violations.Count > 0)
        {
            var shown = string.Join("; ", violations.Take(ViolationsShown).Select(v => $"{v.Path}: {v.Detail}"));
            throw new SbomReadException(fields.File, violations[0].Path, new Message("SbomSchemaInvalid", version, violations.Count, shown));
        }

        var components = new List<SbomComponent>();
        SbomComponent? subject = null;
        var metadataPath = JsonPaths.Property(JsonPaths.Root, "metadata");
        if (fields.OptionalObject(root, "metadata", JsonPaths.Root) is { } metadata
            && fields.OptionalObject(metadata, "component", metadataPath) is { } main)
        {
            var mainPath = JsonPaths.Property(metadataPath, "component");
            subject = Component(main, mainPath, fields);
            // Parts of the product itself may be nested under the metadata component; they are components too.
            Walk(main, mainPath, fields, components);
        }

        Walk(root, JsonPaths.Root, fields, components);
        return new Sbom(SbomFormat.CycloneDx, version, subject?.Name, subject, components);
    }

    /// <summary>Adds the <c>components</c> of <paramref name="parent"/> and, depth first, theirs.</summary>
    private static void Walk(JsonElement parent, string parentPath, JsonFields fields, List<SbomComponent> into)
    {
        foreach (var (item, path) in fields.Array(parent, "components", parentPath))
        {
            fields.RequireObject(item, path);
            into.Add(Component(item, path, fields));
            Walk(item, path, fields, into);
        }
    }

    private static SbomComponent Component(JsonElement item, string path, JsonFields fields)
    {
        var supplier = fields.OptionalObject(item, "supplier", path) is { } entity
            ? fields.OptionalString(entity, "name", JsonPaths.Property(path, "supplier"))
            : null;
        return new SbomComponent(
            Name: fields.RequiredString(item, "name", path),
            Version: fields.OptionalString(item, "version", path),
            Group: fields.OptionalString(item, "group", path),
            Type: fields.OptionalString(item, "type", path),
            Purl: fields.OptionalString(item, "purl", path),
            Cpe: fields.OptionalString(item, "cpe", path),
            Licenses: Licenses(item, path, fields),
            Hashes: [.. fields.Array(item, "hashes", path).Select(h => new SbomHash(
                fields.RequiredString(h.Item, "alg", h.Path), fields.RequiredString(h.Item, "content", h.Path)))],
            Supplier: supplier,
            Author: Author(item, path, fields),
            Path: path);
    }

    /// <summary>
    /// Each entry is either <c>{"license": {"id"|"name"}}</c> or <c>{"expression"}</c> (1.2–1.6 alike); an
    /// entry without either (allowed by the older schemas) says nothing and is skipped.
    /// </summary>
    private static List<SbomLicense> Licenses(JsonElement item, string path, JsonFields fields)
    {
        var result = new List<SbomLicense>();
        foreach (var (choice, choicePath) in fields.Array(item, "licenses", path))
        {
            fields.RequireObject(choice, choicePath);
            if (fields.OptionalString(choice, "expression", choicePath) is { Length: > 0 } expression)
            {
                result.Add(new SbomLicense(expression.Trim(), SbomLicenseKind.Expression));
            }
            else if (fields.OptionalObject(choice, "license", choicePath) is { } license)
            {
                var licensePath = JsonPaths.Property(choicePath, "license");
                if (fields.OptionalString(license, "id", licensePath) is { Length: > 0 } id)
                {
                    result.Add(new SbomLicense(id, SbomLicenseKind.SpdxId));
                }
                else if (fields.OptionalString(license, "name", licensePath) is { Length: > 0 } name)
                {
                    result.Add(new SbomLicense(name, SbomLicenseKind.Name));
                }
            }
        }

        return result;
    }

    /// <summary><c>author</c> is a string up to 1.5; 1.6 adds <c>authors</c>, a list of people.</summary>
    private static string? Author(JsonElement item, string path, JsonFields fields)
    {
        if (fields.OptionalString(item, "author", path) is { Length: > 0 } author)
        {
            return author;
        }

        var names = fields.Array(item, "authors", path)
            .Select(a => a.Item.ValueKind == JsonValueKind.Object ? fields.OptionalString(a.Item, "name", a.Path) : null)
            .OfType<string>()
            .Where(n => n.Length > 0)
            .ToList();
        return names.Count > 0 ? string.Join(", ", names) : null;
    }
}
