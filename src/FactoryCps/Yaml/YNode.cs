using FactoryCps.Diagnostics;

namespace FactoryCps.Yaml;

/// <summary>
/// A YAML node with the place it was written. Our own small tree (rather than YamlDotNet's object
/// model) so that limits are enforced while reading and every value keeps its line and column.
/// </summary>
internal abstract class YNode(string file, int line, int column)
{
    // Line and column as plain integers: a large model has hundreds of thousands of nodes, and a location
    // object for each would cost more than the rest of the node; it is made only when asked for.
    private readonly int _line = line;
    private readonly int _column = column;

    public SourceLocation Location => new(file, _line, _column);

    public abstract string KindName { get; }
}

internal sealed class YScalar(string file, int line, int column, string value, bool isPlain) : YNode(file, line, column)
{
    public string Value { get; } = value;

    /// <summary>Unquoted: only plain scalars can mean null, true, false or a number.</summary>
    public bool IsPlain { get; } = isPlain;

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => IsNull ? "null" : "scalar";
}

internal sealed class YSequence(string file, int line, int column, IReadOnlyList<YNode> items) : YNode(file, line, column)
{
    public IReadOnlyList<YNode> Items { get; } = items;

    public override string KindName => "sequence";
}

internal sealed class YMapping(string file, int line, int column, IReadOnlyList<KeyValuePair<YScalar, YNode>> entries) : YNode(file, line, column)
{
    public IReadOnlyList<KeyValuePair<YScalar, YNode>> Entries { get; } = entries;

    public override string KindName => "mapping";

    public YNode? this[string key]
    {
        get
        {
            for (var i = 0; i < Entries.Count; i++)
            {
                if (Entries[i].Key.Value == key)
                {
                    return Entries[i].Value;
                }
            }

            return null;
        }
    }

    public YScalar? KeyNode(string key) => Entries.FirstOrDefault(e => e.Key.Value == key).Key;
}
