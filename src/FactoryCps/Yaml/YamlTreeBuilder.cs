using System.Text;
using FactoryCps.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FactoryCps.Yaml;

/// <summary>A limit of <see cref="YamlLimits"/> was reached while reading; reported as one diagnostic.</summary>
internal sealed class YamlLimitExceededException(SourceLocation location, string key, params object?[] args) : Exception(key)
{
    public SourceLocation Location { get; } = location;

    public string Key { get; } = key;

    public object?[] Args { get; } = args;
}

/// <summary>
/// Builds the located <see cref="YNode"/> tree from YamlDotNet's parsing events, enforcing the limits while it
/// reads: nesting depth, aliases, nodes and characters of values (counting every alias expansion), the width of
/// each list and mapping, and the length of keys and values. Counting as each event arrives (not summing a
/// finished subtree) stops a file built to be expensive after the budget's worth of work, wherever it sits.
/// </summary>
internal sealed class YamlTreeBuilder(IParser parser, string file, YamlLimits limits)
{
    /// <summary>The YAML core schema's tags: they name plain data, never a type to construct.</summary>
    private static readonly HashSet<string> CoreTags = new(
        new[] { "str", "int", "bool", "null", "float", "seq", "map" }.Select(t => "tag:yaml.org,2002:" + t), StringComparer.Ordinal);

    private readonly Dictionary<string, Anchored> _anchors = new(StringComparer.Ordinal);
    private readonly List<(string? Key, int Index)> _path = [];

    // One growing list per nesting depth, reused for every collection at that depth; each collection keeps an
    // exact-size copy. A large model has tens of thousands of small mappings, and a list of its own for each,
    // grown step by step, was a good part of the tree's garbage.
    private readonly List<List<KeyValuePair<YScalar, YNode>>> _mappingScratch = [];
    private readonly List<List<YNode>> _sequenceScratch = [];
    private int _aliases;
    private long _nodes;
    private long _scalarChars;

    public List<Diagnostic> Diagnostics { get; } = [];

    public YNode? ReadStream()
    {
        parser.Consume<StreamStart>();
        if (parser.Accept<StreamEnd>(out _))
        {
            Diagnostics.Add(Error(new SourceLocation(file, 1, 1), "YamlEmpty"));
            return null;
        }

        parser.Consume<DocumentStart>();
        var root = ReadNode(depth: 1);
        parser.Consume<DocumentEnd>();
        if (parser.Accept<DocumentStart>(out var second))
        {
            Diagnostics.Add(Error(At(second), "YamlMultipleDocuments"));
            return null;
        }

        parser.Consume<StreamEnd>();
        return root;
    }

    private YNode ReadNode(int depth)
    {
        var current = parser.Current ?? throw new YamlException("Unexpected end of input.");
        if (depth > limits.MaxDepth)
        {
            throw new YamlLimitExceededException(At(current), "YamlTooDeep", limits.MaxDepth);
        }

        if (current is AnchorAlias alias)
        {
            parser.MoveNext();
            if (++_aliases > limits.MaxAliases)
            {
                throw new YamlLimitExceededException(At(alias), "YamlTooManyAliases", limits.MaxAliases);
            }

            if (!_anchors.TryGetValue(alias.Value.Value, out var target))
            {
                throw new YamlException(alias.Start, alias.End, $"Unknown anchor '{alias.Value.Value}'.");
            }

            // An alias is shared in the tree, but whoever walks it (the reader, an export) visits it again.
            Count(alias, target.Nodes, target.ScalarChars);
            return target.Node;
        }

        var (nodesBefore, charsBefore) = (_nodes, _scalarChars);
        YNode node = current switch
        {
            Scalar scalar => ReadScalar(scalar),
            SequenceStart start => ReadSequence(start, depth),
            MappingStart start => ReadMapping(start, depth),
            _ => throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}."),
        };

        if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            _anchors[anchored.Anchor.Value] = new Anchored(node, _nodes - nodesBefore, _scalarChars - charsBefore);
        }

        return node;
    }

    /// <summary>Adds a node's (or an alias's expanded) size to the totals; stops at the first budget it exceeds.</summary>
    private void Count(ParsingEvent at, long nodes, long scalarChars)
    {
        _nodes += nodes;
        if (_nodes > limits.MaxNodes)
        {
            throw new YamlLimitExceededException(At(at), "YamlTooManyNodes", limits.MaxNodes);
        }

        _scalarChars += scalarChars;
        if (_scalarChars > limits.MaxScalarCharsTotal)
        {
            throw new YamlLimitExceededException(At(at), "YamlTooMuchText", limits.MaxScalarCharsTotal);
        }
    }

    private YScalar ReadScalar(Scalar scalar)
    {
        if (scalar.Value.Length > limits.MaxScalarChars)
        {
            throw new YamlLimitExceededException(At(scalar), "YamlScalarTooLong", limits.MaxScalarChars);
        }

        Count(scalar, 1, scalar.Value.Length);
        CheckTag(scalar);
        parser.MoveNext();
        return new YScalar(file, Line(scalar), Column(scalar), scalar.Value, scalar.Style == ScalarStyle.Plain);
    }

    private YSequence ReadSequence(SequenceStart start, int depth)
    {
        Count(start, 1, 0);
        CheckTag(start);
        parser.MoveNext();
        var items = Scratch(_sequenceScratch, depth);
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            if (items.Count == limits.MaxItems)
            {
                throw new YamlLimitExceededException(At(parser.Current!), "YamlTooManyItems", limits.MaxItems);
            }

            _path.Add((null, items.Count));
            items.Add(ReadNode(depth + 1));
            _path.RemoveAt(_path.Count - 1);
        }

        return new YSequence(file, Line(start), Column(start), items.ToArray());
    }

    private YMapping ReadMapping(MappingStart start, int depth)
    {
        Count(start, 1, 0);
        CheckTag(start);
        parser.MoveNext();
        var entries = Scratch(_mappingScratch, depth);
        HashSet<string>? seen = null;
        var keys = 0;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = parser.Current!;
            if (++keys > limits.MaxEntries)
            {
                throw new YamlLimitExceededException(At(keyEvent), "YamlTooManyEntries", limits.MaxEntries);
            }

            if (keyEvent is Scalar { Value.Length: var keyLength } && keyLength > limits.MaxKeyChars)
            {
                throw new YamlLimitExceededException(At(keyEvent), "YamlKeyTooLong", limits.MaxKeyChars);
            }

            var key = ReadNode(depth + 1);
            if (key is not YScalar scalarKey)
            {
                ReadNode(depth + 1);
                Diagnostics.Add(Error(At(keyEvent), "YamlComplexKey"));
                continue;
            }

            _path.Add((scalarKey.Value, 0));
            var value = ReadNode(depth + 1);
            try
            {
                if (scalarKey.Value == "<<")
                {
                    // Merge keys copy whole mappings: a cheap way to multiply input, and nothing we need.
                    Diagnostics.Add(Error(scalarKey.Location, "YamlMergeKey"));
                    continue;
                }

                if (IsDuplicate(entries, ref seen, scalarKey.Value))
                {
                    Diagnostics.Add(Error(scalarKey.Location, "YamlDuplicateKey", scalarKey.Value));
                    continue;
                }
            }
            finally
            {
                _path.RemoveAt(_path.Count - 1);
            }

            entries.Add(new(scalarKey, value));
        }

        return new YMapping(file, Line(start), Column(start), entries.ToArray());
    }

    /// <summary>An anchored node with its expanded size, charged again at every alias to it.</summary>
    private readonly record struct Anchored(YNode Node, long Nodes, long ScalarChars);

    private static List<T> Scratch<T>(List<List<T>> lists, int depth)
    {
        while (lists.Count <= depth)
        {
            lists.Add([]);
        }

        var list = lists[depth];
        list.Clear();
        return list;
    }

    /// <summary>Most mappings are small: scan them; switch to a set only for large ones.</summary>
    private static bool IsDuplicate(List<KeyValuePair<YScalar, YNode>> entries, ref HashSet<string>? seen, string key)
    {
        if (seen is null && entries.Count < 16)
        {
            foreach (var entry in entries)
            {
                if (entry.Key.Value == key)
                {
                    return true;
                }
            }

            return false;
        }

        seen ??= new HashSet<string>(entries.Select(e => e.Key.Value), StringComparer.Ordinal);
        return !seen.Add(key);
    }

    private void CheckTag(NodeEvent node)
    {
        if (node.Tag.IsEmpty || node.Tag.IsNonSpecific || CoreTags.Contains(node.Tag.Value))
        {
            return;
        }

        Diagnostics.Add(Error(At(node), "YamlUnsupportedTag", node.Tag.Value));
    }

    private (int Line, int Column) _last = (1, 1);

    public SourceLocation LastLocation => new(file, _last.Line, _last.Column);

    private int Line(ParsingEvent e)
    {
        _last = ((int)e.Start.Line, (int)e.Start.Column);
        return _last.Line;
    }

    private static int Column(ParsingEvent e) => (int)e.Start.Column;

    private SourceLocation At(ParsingEvent e) => new(file, Line(e), Column(e));

    /// <summary>The path of the node being read (<c>assets[3].zone</c>), rendered only for an error.</summary>
    private string? CurrentPath()
    {
        if (_path.Count == 0)
        {
            return null;
        }

        var path = new StringBuilder();
        foreach (var (key, index) in _path)
        {
            if (key is null)
            {
                path.Append('[').Append(index).Append(']');
            }
            else
            {
                path.Append(path.Length == 0 ? "" : ".").Append(key);
            }
        }

        return path.ToString();
    }

    private Diagnostic Error(SourceLocation location, string key, params object?[] args) =>
        new(Severity.Error, location, CurrentPath(), new Message(key, args));
}
