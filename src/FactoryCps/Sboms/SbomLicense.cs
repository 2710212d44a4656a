namespace FactoryCps.Sboms;

internal enum SbomLicenseKind
{
    /// <summary>A licence identifier from the SPDX licence list (CycloneDX <c>license.id</c>).</summary>
    SpdxId,

    /// <summary>A free-text licence name (CycloneDX <c>license.name</c>); needs a person to identify it.</summary>
    Name,

    /// <summary>An SPDX licence expression (CycloneDX <c>expression</c>, SPDX <c>licenseConcluded</c>).</summary>
    Expression,

    /// <summary>SPDX <c>NOASSERTION</c>: whoever wrote the SBOM did not say.</summary>
    NoAssertion,

    /// <summary>SPDX <c>NONE</c>: the SBOM states that there is no licence.</summary>
    None,
}

internal sealed record SbomLicense(string Value, SbomLicenseKind Kind)
{
    public const string NoAssertionValue = "NOASSERTION";
    public const string NoneValue = "NONE";

    /// <summary>Classifies a licence field of SPDX, where the special values are written in place of an expression.</summary>
    public static SbomLicense FromSpdxField(string value)
    {
        var trimmed = value.Trim();
        return trimmed switch
        {
            NoAssertionValue => new(trimmed, SbomLicenseKind.NoAssertion),
            NoneValue => new(trimmed, SbomLicenseKind.None),
            _ when SpdxLicenseList.IsKnownId(trimmed) => new(trimmed, SbomLicenseKind.SpdxId),
            _ => new(trimmed, SbomLicenseKind.Expression),
        };
    }
}
