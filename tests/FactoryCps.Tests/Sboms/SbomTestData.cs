namespace FactoryCps.Tests.Sboms;

/// <summary>The public SBOM test data in shared/data, used in place.</summary>
internal static class SbomTestData
{
    public static string CycloneDxTests => Path.Combine(TestPaths.Shared, "data", "cyclonedx", "tools", "src", "test", "resources");

    public static string CycloneDxExamples => Path.Combine(TestPaths.Shared, "data", "cyclonedx-examples");

    public static string SpdxExamples => Path.Combine(TestPaths.Shared, "data", "spdx-examples");

    public static string Example(params string[] parts) => Path.Combine([CycloneDxExamples, .. parts]);

    public static string Spdx(params string[] parts) => Path.Combine([SpdxExamples, .. parts]);

    /// <summary>Path relative to <paramref name="root"/> with forward slashes, so test names read the same everywhere.</summary>
    public static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    /// <summary>Writes a small SBOM for a test into a fresh temporary folder.</summary>
    public static string TempFile(string name, string content)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("fcps-sbom-").FullName, name);
        File.WriteAllText(path, content);
        return path;
    }
}
