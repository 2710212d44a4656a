using System.Text.RegularExpressions;

namespace FactoryCps.Tests.Architecture;

/// <summary>
/// The folder dependencies of a project, read from its sources (namespace = folder), and the cycles among them.
/// A file depends on a folder when it names a type declared there that is in its scope: through a <c>using</c>
/// (or a Razor <c>@using</c>), through an enclosing namespace, or written out in full. Comments and strings are
/// left out, so a word in a sentence is no dependency. Used for the core and the web alike.
/// </summary>
internal static partial class FolderCycles
{
    /// <summary>
    /// The cycles among <paramref name="rootNamespace"/>'s folders, each as its folders in order and the files
    /// that make each step. <paramref name="depth"/> is how many folder levels count as one node (1: top-level
    /// folders, so a feature's sub-folders belong to it).
    /// </summary>
    public static IReadOnlyList<string> Find(string projectDirectory, string rootNamespace, int depth)
    {
        var files = Read(projectDirectory, rootNamespace);
        var declared = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (Match m in Declaration().Matches(file.Code))
            {
                (declared.TryGetValue(m.Groups[1].Value, out var set) ? set : declared[m.Groups[1].Value] = []).Add(file.Namespace);
            }
        }

        var namespaces = files.Select(f => f.Namespace).ToHashSet(StringComparer.Ordinal);
        var edges = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var from = Node(file.Namespace, rootNamespace, depth);
            foreach (var target in Targets(file, declared, namespaces, rootNamespace))
            {
                var to = Node(target.Namespace, rootNamespace, depth);
                if (from is null || to is null || from == to)
                {
                    continue;
                }

                var outgoing = edges.TryGetValue(from, out var o) ? o : edges[from] = new(StringComparer.Ordinal);
                outgoing.TryAdd(to, $"{Path.GetRelativePath(projectDirectory, file.Path)} names {target.Name}");
            }
        }

        return [.. StronglyConnected(edges).Where(c => c.Count > 1).Select(c => Describe(c, edges))];
    }

    private sealed record SourceFile(string Path, string Namespace, IReadOnlyList<string> Usings, string Code);

    private static List<SourceFile> Read(string projectDirectory, string rootNamespace)
    {
        var result = new List<SourceFile>();
        foreach (var path in Directory.EnumerateFiles(projectDirectory, "*.*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(projectDirectory, path).Replace('\\', '/');
            var first = relative.Split('/')[0];
            if (first is "bin" or "obj" or "wwwroot" || !(path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".cshtml", StringComparison.Ordinal)))
            {
                continue;
            }

            var text = File.ReadAllText(path);
            string? ns;
            List<string> usings;
            if (path.EndsWith(".cs", StringComparison.Ordinal))
            {
                ns = NamespaceLine().Match(text) is { Success: true } m ? m.Groups[1].Value : null;
                usings = [.. UsingLine().Matches(text).Select(u => u.Groups[1].Value)];
            }
            else
            {
                // A page's namespace is its folder's (the root's _ViewImports says @namespace <root>).
                var folder = Path.GetDirectoryName(relative)!.Replace('/', '.').Replace('\\', '.');
                ns = folder.Length == 0 ? rootNamespace : rootNamespace + "." + folder;
                usings = [.. RazorUsingLine().Matches(text).Select(u => u.Groups[1].Value)];
            }

            if (ns is not null)
            {
                result.Add(new SourceFile(path, ns, usings, NamespaceLine().Replace(Strip(text), "")));
            }
        }

        return result;
    }

    private static IEnumerable<(string Namespace, string Name)> Targets(SourceFile file, Dictionary<string, HashSet<string>> declared, HashSet<string> namespaces, string rootNamespace)
    {
        var scope = file.Usings.Where(u => u.StartsWith(rootNamespace + ".", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        for (var ns = file.Namespace; ns.Contains('.', StringComparison.Ordinal); ns = ns[..ns.LastIndexOf('.')])
        {
            scope.Add(ns);
        }

        foreach (var word in Word().Matches(file.Code).Select(m => m.Value).Distinct(StringComparer.Ordinal))
        {
            if (declared.TryGetValue(word, out var where))
            {
                foreach (var ns in where.Where(n => n != file.Namespace && scope.Contains(n)))
                {
                    yield return (ns, word);
                }
            }
        }

        foreach (Match m in Qualified().Matches(file.Code))
        {
            if (!m.Value.StartsWith(rootNamespace + ".", StringComparison.Ordinal))
            {
                continue;
            }

            // The longest namespace the name starts with: Root.Feature.Type → Root.Feature.
            for (var name = m.Value; name.Contains('.', StringComparison.Ordinal); name = name[..name.LastIndexOf('.')])
            {
                if (namespaces.Contains(name))
                {
                    yield return (name, m.Value);
                    break;
                }
            }
        }
    }

    private static string? Node(string ns, string rootNamespace, int depth)
    {
        if (!ns.StartsWith(rootNamespace + ".", StringComparison.Ordinal))
        {
            return null; // the root itself (Program, view imports) may name every feature
        }

        var parts = ns[(rootNamespace.Length + 1)..].Split('.');
        return string.Join('.', parts.Take(depth));
    }

    private static List<List<string>> StronglyConnected(Dictionary<string, Dictionary<string, string>> edges)
    {
        // Tarjan's algorithm; the graphs are a few dozen folders, so recursion is fine.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<List<string>>();
        var nodes = edges.Keys.Concat(edges.Values.SelectMany(v => v.Keys)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in edges.TryGetValue(v, out var o) ? o.Keys.Order(StringComparer.Ordinal).ToList() : [])
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }

            if (low[v] == index[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                result.Add([.. component.Order(StringComparer.Ordinal)]);
            }
        }

        foreach (var node in nodes.Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }

        return result;
    }

    private static string Describe(List<string> component, Dictionary<string, Dictionary<string, string>> edges)
    {
        var steps = component.SelectMany(from => edges.TryGetValue(from, out var o)
            ? o.Where(e => component.Contains(e.Key)).Select(e => $"  {from} -> {e.Key}: {e.Value}")
            : []);
        return $"{string.Join(" <-> ", component)}\n{string.Join('\n', steps)}";
    }

    private static string Strip(string text) => StringLiteral().Replace(Comment().Replace(text, " "), "\"\"");

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingLine();

    [GeneratedRegex(@"^@using\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex RazorUsingLine();

    [GeneratedRegex(@"\b(?:class|record|enum|interface|struct)\s+([A-Z]\w*)")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b[A-Z]\w*(?:\.[A-Z]\w*)+")]
    private static partial Regex Qualified();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"@?""(?:\\.|[^""\\\n])*""")]
    private static partial Regex StringLiteral();
}
