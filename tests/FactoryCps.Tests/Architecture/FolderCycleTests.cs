namespace FactoryCps.Tests.Architecture;

/// <summary>
/// A concept's folder depends on lower folders only (docs/architecture.md): no two folders of a project may
/// reach each other, however long the way round.
/// </summary>
public sealed class FolderCycleTests
{
    [Theory]
    [InlineData("src/FactoryCps", "FactoryCps")]
    [InlineData("src/FactoryCps.Cli", "FactoryCps.Cli")]
    public void The_folders_of_a_project_depend_on_each_other_without_a_cycle(string project, string rootNamespace)
    {
        var graph = FolderDependencies.Read(Path.Combine(TestPaths.RepositoryRoot, project), rootNamespace);

        var cycles = FolderDependencies.Cycles(graph);

        Assert.True(cycles.Count == 0, $"Folder cycles in {project}:\n" + string.Join("\n", cycles));
    }

    [Fact]
    public void A_cycle_is_found_and_named_with_the_files_that_make_it()
    {
        var graph = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal)
        {
            ["Analysis"] = new(StringComparer.Ordinal) { ["Model"] = "Analysis/ModelAnalyzer.cs" },
            ["Model"] = new(StringComparer.Ordinal) { ["Zones"] = "Model/ModelLoader.cs" },
            ["Zones"] = new(StringComparer.Ordinal) { ["Analysis"] = "Zones/TargetLevelDeriver.cs" },
            ["Rules"] = new(StringComparer.Ordinal),
        };

        var cycle = Assert.Single(FolderDependencies.Cycles(graph));

        Assert.StartsWith("Analysis → Model → Zones → Analysis", cycle, StringComparison.Ordinal);
        Assert.Contains("Model→Zones: Model/ModelLoader.cs", cycle, StringComparison.Ordinal);
    }

    [Fact]
    public void Dependencies_are_read_from_using_lines_and_qualified_names()
    {
        var graph = FolderDependencies.Read(Path.Combine(TestPaths.RepositoryRoot, "src/FactoryCps"), "FactoryCps");

        Assert.Contains("Model", graph["Analysis"].Keys);
        Assert.Contains("Rules", graph["Catalog"].Keys);
        Assert.DoesNotContain("Analysis", graph["Model"].Keys);
    }
}
