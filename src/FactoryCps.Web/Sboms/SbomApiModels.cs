namespace FactoryCps.Web.Sboms;

// The shapes of the SBOM routes (SbomEndpoints), named for the OpenAPI document. Values are the SBOM's own.

/// <summary>An asset's current SBOM: the file (name, SHA-256 of the stored bytes, size), what it is, and who uploaded it when.</summary>
internal sealed record SbomItem(
    string Asset,
    string FileName,
    string Format,
    string SpecVersion,
    string? Subject,
    string Sha256,
    long Size,
    int Components,
    DateTimeOffset UploadedAt,
    string UploadedBy);

internal sealed record SbomHashItem(string Alg, string Value);

/// <summary>A component; <c>licenseConcern</c> is missing, noAssertion, unknown or none (see docs/sbom.md).</summary>
internal sealed record SbomComponentItem(
    string Name,
    string? Group,
    string? Version,
    string? Type,
    string? Purl,
    string? Cpe,
    string? License,
    string LicenseConcern,
    IReadOnlyList<SbomHashItem> Hashes);

/// <summary>An asset's current SBOM with its components; <c>versions</c> counts the stored ones, the current included.</summary>
internal sealed record SbomDetail(SbomItem Sbom, int Versions, IReadOnlyList<SbomComponentItem> Components);

internal sealed record LicenseComponent(string Name, string? Version, string? Purl, IReadOnlyList<string> Assets);

/// <summary>One licence of the site (null: none given) with its concern, the assets and the components under it.</summary>
internal sealed record LicenseItem(string? License, string Concern, IReadOnlyList<string> Assets, IReadOnlyList<LicenseComponent> Components);
