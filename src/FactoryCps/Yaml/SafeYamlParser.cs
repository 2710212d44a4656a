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

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            return Fail(new SourceLocation(displayName, 0, 0), "YamlNotUtf8");
        }

        return Read(text, displayName, limits);
    }

    public static YamlReadResult Read(string text, string displayName, YamlLimits limits)
    {
        if (Encoding.UTF8.GetByteCount(text) > limits.MaxBytes)
        {
            return Fail(new SourceLocation(displayName, 0, 0), "YamlTooLarge", Encoding.UTF8.GetByteCount(text), limits.MaxBytes);
        }

        var builder = new TreeBuilder(new Parser(new StringReader(text.TrimStart('\uFEFF'))), displayName, limits);
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
            var location = new SourceLocation(displayName, (int)ex.Start.Line, (int)ex.Start.Column);
            return Fail(location, "YamlSyntax", ex.Message);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, not a YamlException, when input ends inside a flow collection.
            return Fail(builder.LastLocation, "YamlSyntax", "unexpected end of input");
        }
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
            return new YScalar(At(scalar), scalar.Value, scalar.Style == ScalarStyle.Plain);
        }

        private YSequence ReadSequence(SequenceStart start, int depth)
        {
            CheckTag(start);
            parser.MoveNext();
            var items = new List<YNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(depth + 1));
            }

            return new YSequence(At(start), items);
        }

        private YMapping ReadMapping(MappingStart start, int depth)
        {
            CheckTag(start);
            parser.MoveNext();
            var entries = new List<KeyValuePair<YScalar, YNode>>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyEvent = parser.Current!;
                var key = ReadNode(depth + 1);
                var value = ReadNode(depth + 1);
                if (key is not YScalar scalarKey)
                {
                    Diagnostics.Add(Error(At(keyEvent), "YamlComplexKey"));
                    continue;
                }

                if (scalarKey.Value == "<<")
                {
                    // Merge keys copy whole mappings: a cheap way to multiply input, and nothing we need.
                    Diagnostics.Add(Error(scalarKey.Location, "YamlMergeKey"));
                    continue;
                }

                if (!seen.Add(scalarKey.Value))
                {
                    Diagnostics.Add(Error(scalarKey.Location, "YamlDuplicateKey", scalarKey.Value));
                    continue;
                }

                entries.Add(new(scalarKey, value));
            }

            return new YMapping(At(start), entries);
        }

        private void CheckTag(NodeEvent node)
        {
            if (node.Tag.IsEmpty || node.Tag.IsNonSpecific || CoreTags.Contains(node.Tag.Value))
            {
                return;
            }

            Diagnostics.Add(Error(At(node), "YamlUnsupportedTag", node.Tag.Value));
        }

        public SourceLocation LastLocation { get; private set; } = new(file, 1, 1);

        private SourceLocation At(ParsingEvent e) => LastLocation = new(file, (int)e.Start.Line, (int)e.Start.Column);

        private static Diagnostic Error(SourceLocation location, string key, params object?[] args) =>
            new(Severity.Error, location, null, new Message(key, args));
    }
}
