using System.Text;
using FactoryCps.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FactoryCps.Yaml;

/// <summary>
/// Reads one YAML (or JSON) document from an untrusted source into a <see cref="YNode"/> tree.
/// It never constructs objects from tags, and stops at the size, depth, alias and expanded-node limits,
/// so alias bombs ("billion laughs") and deep nesting end in an error, not in memory exhaustion.
/// </summary>
public static class SafeYamlParser
{
    public static YamlReadResult ReadFile(string path, string displayName, YamlLimits limits)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return Fail(new SourceLocation(displayName, 0, 0), "YamlFileNotFound", displayName);
        }

        if (info.Length > limits.MaxBytes)
        {
            return Fail(new SourceLocation(displayName, 0, 0), "YamlTooLarge", info.Length, limits.MaxBytes);
        }

        using var stream = info.OpenRead();
        return Read(stream, displayName, limits);
    }

    public static YamlReadResult Read(Stream stream, string displayName, YamlLimits limits)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limits.MaxBytes)
            {
                return Fail(new SourceLocation(displayName, 0, 0), "YamlTooLarge", buffer.Length, limits.MaxBytes);
            }
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (InvalidUtf8At(bytes) is { } invalid)
        {
            return Fail(new SourceLocation(displayName, invalid.Line, invalid.Column), "YamlNotUtf8");
        }

        return Read(Encoding.UTF8.GetString(bytes), displayName, limits);
    }

    public static YamlReadResult Read(string text, string displayName, YamlLimits limits)
    {
        if (Encoding.UTF8.GetByteCount(text) > limits.MaxBytes)
        {
            return Fail(new SourceLocation(displayName, 0, 0), "YamlTooLarge", Encoding.UTF8.GetByteCount(text), limits.MaxBytes);
        }

        text = text.TrimStart('\uFEFF');
        if (displayName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && JsonSyntaxError(text, displayName) is { } jsonError)
        {
            return new YamlReadResult(null, [jsonError]);
        }

        var builder = new TreeBuilder(new Parser(new StringReader(text)), displayName, limits);
        try
        {
            var root = builder.ReadStream();
            return new YamlReadResult(root, builder.Diagnostics);
        }
        catch (LimitExceededException ex)
        {
            return Fail(ex.Location, ex.Key, ex.Args);
        }
        catch (YamlException ex)
        {
            // Start is the token YamlDotNet was reading (an unclosed quote's opening); End is where its
            // scanner stopped, which for some errors is the offending character itself (a tab): say both.
            var location = new SourceLocation(displayName, (int)ex.Start.Line, (int)ex.Start.Column);
            return ex.End.Line > 0 && (ex.End.Line != ex.Start.Line || ex.End.Column != ex.Start.Column)
                ? Fail(location, "YamlSyntaxUntil", ex.Message, ex.End.Line, ex.End.Column)
                : Fail(location, "YamlSyntax", ex.Message);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, not a YamlException, when input ends inside a flow collection.
            return Fail(builder.LastLocation, "YamlSyntax", "unexpected end of input");
        }
    }

    /// <summary>
    /// YAML accepts what JSON forbids (trailing commas, comments, unquoted keys); a .json file is first held
    /// to JSON's own grammar, then read into the located tree like YAML.
    /// </summary>
    private static Diagnostic? JsonSyntaxError(string text, string displayName)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(text, new System.Text.Json.JsonDocumentOptions { MaxDepth = 1000 });
            return null;
        }
        catch (System.Text.Json.JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0);
            var lines = text.Split('\n');
            var lineText = line < lines.Length ? lines[line] : "";
            var bytes = Encoding.UTF8.GetBytes(lineText);
            var column = Encoding.UTF8.GetCharCount(bytes, 0, (int)Math.Min(ex.BytePositionInLine ?? 0, bytes.Length)) + 1;
            return new Diagnostic(Severity.Error, new SourceLocation(displayName, line + 1, column), null, new Message("JsonSyntax", ex.Message.Split([" Path:", " LineNumber:", " Change the reader options"], StringSplitOptions.None)[0]));
        }
    }

    /// <summary>Line and column of the first byte that is not UTF-8, or null when all of it is.</summary>
    private static (int Line, int Column)? InvalidUtf8At(ReadOnlySpan<byte> bytes)
    {
        var (line, column) = (1, 1);
        while (!bytes.IsEmpty)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes, out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return (line, column);
            }

            (line, column) = rune.Value == '\n' ? (line + 1, 1) : (line, column + 1);
            bytes = bytes[consumed..];
        }

        return null;
    }

    private static YamlReadResult Fail(SourceLocation location, string key, params object?[] args) =>
        new(null, [new Diagnostic(Severity.Error, location, null, new Message(key, args))]);

    private sealed class LimitExceededException(SourceLocation location, string key, params object?[] args) : Exception(key)
    {
        public SourceLocation Location { get; } = location;

        public string Key { get; } = key;

        public object?[] Args { get; } = args;
    }

    private sealed class TreeBuilder(IParser parser, string file, YamlLimits limits)
    {
        /// <summary>The YAML core schema's tags: they name plain data, never a type to construct.</summary>
        private static readonly HashSet<string> CoreTags = new(
            new[] { "str", "int", "bool", "null", "float", "seq", "map" }.Select(t => "tag:yaml.org,2002:" + t), StringComparer.Ordinal);

        private readonly Dictionary<string, YNode> _anchors = new(StringComparer.Ordinal);
        private readonly List<(string? Key, int Index)> _path = [];
        private int _aliases;

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
                throw new LimitExceededException(At(current), "YamlTooDeep", limits.MaxDepth);
            }

            if (current is AnchorAlias alias)
            {
                parser.MoveNext();
                if (++_aliases > limits.MaxAliases)
                {
                    throw new LimitExceededException(At(alias), "YamlTooManyAliases", limits.MaxAliases);
                }

                if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    throw new YamlException(alias.Start, alias.End, $"Unknown anchor '{alias.Value.Value}'.");
                }

                return target;
            }

            YNode node = current switch
            {
                Scalar scalar => ReadScalar(scalar),
                SequenceStart start => ReadSequence(start, depth),
                MappingStart start => ReadMapping(start, depth),
                _ => throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}."),
            };

            if (node.Weight > limits.MaxNodes)
            {
                throw new LimitExceededException(node.Location, "YamlTooManyNodes", limits.MaxNodes);
            }

            if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
            {
                _anchors[anchored.Anchor.Value] = node;
            }

            return node;
        }

        private YScalar ReadScalar(Scalar scalar)
        {
            CheckTag(scalar);
            parser.MoveNext();
            return new YScalar(file, Line(scalar), Column(scalar), scalar.Value, scalar.Style == ScalarStyle.Plain);
        }

        private YSequence ReadSequence(SequenceStart start, int depth)
        {
            CheckTag(start);
            parser.MoveNext();
            var items = new List<YNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                _path.Add((null, items.Count));
                items.Add(ReadNode(depth + 1));
                _path.RemoveAt(_path.Count - 1);
            }

            return new YSequence(file, Line(start), Column(start), items);
        }

        private YMapping ReadMapping(MappingStart start, int depth)
        {
            CheckTag(start);
            parser.MoveNext();
            var entries = new List<KeyValuePair<YScalar, YNode>>();
            HashSet<string>? seen = null;
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyEvent = parser.Current!;
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

            return new YMapping(file, Line(start), Column(start), entries);
        }

        /// <summary>Most mappings are small: scan them; switch to a set only for large ones.</summary>
        private static bool IsDuplicate(List<KeyValuePair<YScalar, YNode>> entries, ref HashSet<string>? seen, string key)
        {
            if (seen is null && entries.Count < 16)
            {
                return entries.Exists(e => e.Key.Value == key);
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
}
