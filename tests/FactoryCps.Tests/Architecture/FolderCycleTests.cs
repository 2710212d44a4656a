namespace FactoryCps.Tests.Architecture;

/// <summary>
/// A concept's folder depends on lower folders only (docs/architecture.md): no two top-level folders of the core or
/// the command line may reach each other, however long the way round. The web has its own list
/// (<see cref="WebFolderCycleTests"/>), which also shows that <see cref="FolderCycles"/> finds and names a cycle.
/// </summary>
public sealed class FolderCycleTests
{
    [Theory]
    [InlineData("src/FactoryCps", "FactoryCps")]
    [InlineData("src/FactoryCps.Cli", "FactoryCps.Cli")]
    public void The_folders_of_a_project_depend_on_each_other_without_a_cycle(string project, string rootNamespace)
    {
        var cycles = FolderCycles.Find(Path.Combine(TestPaths.RepositoryRoot, project), rootNamespace, depth: 1);

        Assert.True(cycles.Count == 0, $"Folder cycles in {project}:\n" + string.Join("\n\n", cycles));
    }
}
