using System.Text.RegularExpressions;

namespace FactoryCps.Tests.Architecture;

/// <summary>
/// The dependencies between the top-level folders of one project, read from its sources: a file depends on the
/// folders its <c>using</c> lines name, and on those it reaches by qualified name (<c>FactoryCps.Model.Asset</c>,
/// or <c>Model.Asset</c> from inside the project). A sub-folder belongs to its top-level folder. Files at the
/// project root (entry point, composition root) are not a folder and are left out.
/// </summary>
internal static partial class FolderDependencies
{
    /// <summary>Folder → the folders it depends on, each with one file that shows the dependency.</summary>
    public static Dictionary<string, Dictionary<string, string>> Read(string projectFolder, string rootNamespace)
    {
        var files = Directory.EnumerateFiles(projectFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(projectFolder, f)))
            .Select(f => (Path: Path.GetRelativePath(projectFolder, f), Code: WithoutComments(File.ReadAllText(f))))
            .Select(f => (f.Path, f.Code, Folder: FolderOf(NamespaceOf(f.Code), rootNamespace)))
            .Where(f => f.Folder is not null)
            .ToList();

        // Types declared per folder, so that "Model.Asset" counts as a reference and "zone.Model.Id" does not.
        var types = files
            .GroupBy(f => f.Folder!)
            .ToDictionary(g => g.Key, g => g.SelectMany(f => TypeDeclaration().Matches(f.Code).Select(m => m.Groups["name"].Value)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var graph = types.Keys.ToDictionary(k => k, _ => new Dictionary<string, string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (path, code, folder) in files)
        {
            var used = UsingLine().Matches(code).Select(m => FolderOf(m.Groups["ns"].Value, rootNamespace))
                .Concat(QualifiedName().Matches(code).Select(m => FolderOf(m.Value, rootNamespace)))
                .Concat(PartlyQualifiedName().Matches(code)
                    .Where(m => types.TryGetValue(m.Groups["folder"].Value, out var declared) && declared.Contains(m.Groups["type"].Value))
                    .Select(m => m.Groups["folder"].Value));
            foreach (var target in used)
            {
                if (target is not null && target != folder && graph.ContainsKey(target))
                {
                    graph[folder!].TryAdd(target, path);
                }
            }
        }

        return graph;
    }

    /// <summary>Every cycle's folders in dependency order, first folder repeated at the end, each step with its evidence.</summary>
    public static List<string> Cycles(Dictionary<string, Dictionary<string, string>> graph)
    {
        var cycles = new List<string>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();

        void Visit(string folder)
        {
            state[folder] = 1;
            path.Add(folder);
            foreach (var next in graph[folder].Keys.Order(StringComparer.Ordinal))
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    var loop = path.Skip(path.IndexOf(next)).Append(next).ToList();
                    cycles.Add(string.Join(" → ", loop) + "  (" + string.Join("; ", loop.Zip(loop.Skip(1), (a, b) => $"{a}→{b}: {graph[a][b]}")) + ")");
                }
                else if (state.GetValueOrDefault(next) == 0)
                {
                    Visit(next);
                }
            }

            path.RemoveAt(path.Count - 1);
            state[folder] = 2;
        }

        foreach (var folder in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(folder) == 0)
            {
                Visit(folder);
            }
        }

        return cycles;
    }

    private static bool IsBuildOutput(string relative) =>
        relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string? NamespaceOf(string code) => Namespace().Match(code) is { Success: true } m ? m.Groups["ns"].Value : null;

    /// <summary>The top-level folder a namespace (or qualified name) lies in; null for the root and for other projects.</summary>
    private static string? FolderOf(string? name, string rootNamespace)
    {
        if (name is null || !name.StartsWith(rootNamespace + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = name[(rootNamespace.Length + 1)..];
        var end = rest.IndexOf('.', StringComparison.Ordinal);
        return end < 0 ? rest : rest[..end];
    }

    private static string WithoutComments(string code) => Comment().Replace(code, "");

    [GeneratedRegex(@"^\s*namespace\s+(?<ns>[\w.]+)\s*[;{]", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(?<ns>[\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingLine();

    [GeneratedRegex(@"(?<![\w.])FactoryCps(?:\.[A-Z]\w*)+")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"(?<![\w.])(?<folder>[A-Z]\w*)\.(?<type>[A-Z]\w*)")]
    private static partial Regex PartlyQualifiedName();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(?<name>[A-Z]\w*)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();
}
