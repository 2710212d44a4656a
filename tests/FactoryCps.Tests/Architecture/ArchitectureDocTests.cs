using System.Text.RegularExpressions;

namespace FactoryCps.Tests.Architecture;

/// <summary>docs/architecture.md stays true: what it names exists, and every folder of the core and the web is named.</summary>
public sealed partial class ArchitectureDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "architecture.md"));

    [Fact]
    public void Every_path_the_page_names_exists()
    {
        var paths = NamedPaths().ToList();

        Assert.True(paths.Count > 40, $"docs/architecture.md names only {paths.Count} paths in backticks; the reading of the page is broken");
        var missing = paths.Where(p => !File.Exists(Full(p)) && !Directory.Exists(Full(p))).ToList();
        Assert.True(missing.Count == 0, "docs/architecture.md names paths that do not exist: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("src/FactoryCps")]
    [InlineData("src/FactoryCps.Web")]
    public void Every_folder_of_a_project_is_on_the_page(string project)
    {
        var named = NamedPaths().Select(p => p.TrimEnd('/')).ToHashSet(StringComparer.Ordinal);
        var folders = Directory.GetDirectories(Full(project))
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj" or "Resources" or "wwwroot" or "Properties"))
            .Select(name => $"{project}/{name}")
            .ToList();

        Assert.NotEmpty(folders);
        var absent = folders.Where(f => !named.Contains(f)).ToList();
        Assert.True(absent.Count == 0, "docs/architecture.md does not say what these folders hold: " + string.Join(", ", absent));
    }

    private static IEnumerable<string> NamedPaths() =>
        PathInBackticks().Matches(Doc).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal);

    private static string Full(string path) => Path.Combine(TestPaths.RepositoryRoot, path);

    [GeneratedRegex(@"`((?:src|tests|bench)/[^`\s]*)`")]
    private static partial Regex PathInBackticks();
}
