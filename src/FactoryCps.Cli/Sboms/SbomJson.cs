using System.Text.Json.Nodes;
using FactoryCps.Sboms;

namespace FactoryCps.Cli.Sboms;

/// <summary>
/// The JSON contract of <c>fcps sbom</c>. Values are the SBOM's own (not translated) and enum values are
/// camelCase, so scripts can rely on them whatever language the user chose.
/// </summary>
internal static class SbomJson
{
    public static JsonObject Show(string path, Sbom sbom) => new()
    {
        ["file"] = path,
        ["format"] = FormatName(sbom.Format),
        ["specVersion"] = sbom.SpecVersion,
        ["name"] = sbom.Name,
        ["subject"] = sbom.Subject is null ? null : Component(sbom.Subject),
        ["components"] = new JsonArray([.. sbom.Components.Select(c => (JsonNode)Component(c))]),
        ["licenses"] = new JsonArray([.. LicenseOverview.Build(sbom.Components).Select(u => (JsonNode)new JsonObject
        {
            ["license"] = u.License,
            ["concern"] = Camel(u.Concern.ToString()),
            ["components"] = new JsonArray([.. u.Components.Select(c => (JsonNode)JsonValue.Create(Label(c)))]),
        })]),
    };

    public static JsonObject Diff(string oldPath, string newPath, SbomDiff diff) => new()
    {
        ["old"] = oldPath,
        ["new"] = newPath,
        ["summary"] = new JsonObject
        {
            ["added"] = diff.Count(SbomChangeKind.Added),
            ["removed"] = diff.Count(SbomChangeKind.Removed),
            ["versionChanged"] = diff.Changes.Count(c => c.VersionChanged),
            ["licenseChanged"] = diff.Changes.Count(c => c.LicenseChanged),
        },
        ["changes"] = new JsonArray([.. diff.Changes.Select(c => (JsonNode)new JsonObject
        {
            ["change"] = Camel(c.Kind.ToString()),
            ["name"] = c.Name,
            ["purl"] = c.Purl,
            ["oldVersion"] = c.OldVersion,
            ["newVersion"] = c.NewVersion,
            ["oldLicense"] = c.OldLicense,
            ["newLicense"] = c.NewLicense,
            ["versionChanged"] = c.VersionChanged,
            ["licenseChanged"] = c.LicenseChanged,
        })]),
    };

    /// <summary>The licence overview of a model's assets: which SBOMs were read, and each licence with its components and assets.</summary>
    public static JsonObject Licenses(string modelPath, IReadOnlyList<AssetSbom> sboms, IReadOnlyList<SiteLicenseUsage> overview) => new()
    {
        ["model"] = modelPath,
        ["sboms"] = new JsonArray([.. sboms.Select(s => (JsonNode)new JsonObject
        {
            ["asset"] = s.Asset,
            ["file"] = s.File,
            ["format"] = FormatName(s.Sbom.Format),
            ["specVersion"] = s.Sbom.SpecVersion,
            ["components"] = s.Sbom.Components.Count,
        })]),
        ["licenses"] = new JsonArray([.. overview.Select(u => (JsonNode)new JsonObject
        {
            ["license"] = u.License,
            ["concern"] = Camel(u.Concern.ToString()),
            ["assets"] = new JsonArray([.. u.Assets.Select(a => (JsonNode)JsonValue.Create(a))]),
            ["components"] = new JsonArray([.. u.Components.Select(c => (JsonNode)new JsonObject
            {
                ["name"] = c.Name,
                ["version"] = c.Version,
                ["purl"] = c.Purl,
                ["assets"] = new JsonArray([.. c.Assets.Select(a => (JsonNode)JsonValue.Create(a))]),
            })]),
        })]),
    };

    public static string FormatName(SbomFormat format) => format == SbomFormat.CycloneDx ? "CycloneDX" : "SPDX";

    /// <summary>Name and version, how a component is usually named in a list.</summary>
    public static string Label(SbomComponent component) =>
        component.Version is { Length: > 0 } version ? $"{component.FullName} {version}" : component.FullName;

    private static JsonObject Component(SbomComponent c) => new()
    {
        ["name"] = c.Name,
        ["group"] = c.Group,
        ["version"] = c.Version,
        ["type"] = c.Type,
        ["purl"] = c.Purl,
        ["cpe"] = c.Cpe,
        ["license"] = c.LicenseExpression,
        ["licenseConcern"] = Camel(LicenseOverview.ConcernOf(c).ToString()),
        ["hashes"] = new JsonArray([.. c.Hashes.Select(h => (JsonNode)new JsonObject { ["alg"] = h.Algorithm, ["value"] = h.Value })]),
        ["supplier"] = c.Supplier,
        ["author"] = c.Author,
        ["path"] = c.Path,
    };

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
