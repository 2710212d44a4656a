namespace FactoryCps.Benchmarks;

/// <summary>The repository and the shared third-party data beside it (<c>../shared/data</c>), found from the benchmark's binaries.</summary>
internal static class SharedData
{
    public static string Folder(params string[] parts) => Path.Combine([RepositoryRoot(), "..", "shared", "data", .. parts]);

    public static string RepositoryRoot()
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
