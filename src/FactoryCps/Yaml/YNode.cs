using FactoryCps.Diagnostics;

namespace FactoryCps.Yaml;

/// <summary>
/// A YAML node with the place it was written. Our own small tree (rather than YamlDotNet's object
/// model) so that limits are enforced while reading and every value keeps its line and column.
/// </summary>
public abstract class YNode(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    /// <summary>Nodes in this subtree, counting every alias expansion: what a naive walk would visit.</summary>
    public abstract long Weight { get; }

    public abstract string KindName { get; }
}

public sealed class YScalar(SourceLocation location, string value, bool isPlain) : YNode(location)
{
    public string Value { get; } = value;

    /// <summary>Unquoted: only plain scalars can mean null, true, false or a number.</summary>
    public bool IsPlain { get; } = isPlain;

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override long Weight => 1;

    public override string KindName => IsNull ? "null" : "scalar";
}

public sealed class YSequence(SourceLocation location, IReadOnlyList<YNode> items) : YNode(location)
{
    private readonly long _weight = 1 + items.Sum(i => i.Weight);

    public IReadOnlyList<YNode> Items { get; } = items;

    public override long Weight => _weight;

    public override string KindName => "sequence";
}

public sealed class YMapping(SourceLocation location, IReadOnlyList<KeyValuePair<YScalar, YNode>> entries) : YNode(location)
{
    private readonly long _weight = 1 + entries.Sum(e => 1 + e.Value.Weight);

    public IReadOnlyList<KeyValuePair<YScalar, YNode>> Entries { get; } = entries;

    public override long Weight => _weight;

    public override string KindName => "mapping";

    public YNode? this[string key]
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (entry.Key.Value == key)
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }

    public YScalar? KeyNode(string key) => Entries.FirstOrDefault(e => e.Key.Value == key).Key;
}
