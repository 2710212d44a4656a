namespace FactoryCps.Sboms;

internal enum SbomFormat
{
    CycloneDx,
    Spdx,
}

/// <summary>
/// One SBOM, whichever format it came in: the product it describes (CycloneDX <c>metadata.component</c>, or the
/// SPDX package the document describes) and every component in it, nested ones flattened in document order.
/// </summary>
internal sealed record Sbom(
    SbomFormat Format,
    string SpecVersion,
    string? Name,
    SbomComponent? Subject,
    IReadOnlyList<SbomComponent> Components);
