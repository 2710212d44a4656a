namespace FactoryCps.Tests;

/// <summary>
/// Where the repository and the shared test data are. shared/ lies beside the repository (locally and in
/// CI); when it is missing the tests fail rather than skip, because a skipped fidelity test proves nothing.
/// </summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
            return Directory.Exists(shared)
                ? shared
                : throw new DirectoryNotFoundException($"The shared test data folder is missing: {shared}");
        }
    }

    public static string SeedFile => Directory.GetFiles(Path.Combine(Shared, "seed"), "*.txt").Single();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactoryCps.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Repository root (FactoryCps.slnx) not found above " + AppContext.BaseDirectory);
    }
}
