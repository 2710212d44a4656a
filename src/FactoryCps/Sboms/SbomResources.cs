namespace FactoryCps.Sboms;

/// <summary>The CycloneDX schemas embedded in the library (Apache-2.0, see Schemas/LICENSE).</summary>
internal static class SbomResources
{
    private const string Prefix = "FactoryCps.Sboms.Schemas.";

    public static string Read(string fileName)
    {
        using var stream = typeof(SbomResources).Assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"Embedded SBOM schema '{fileName}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
