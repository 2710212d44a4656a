using System.Text;
using FactoryCps.Diagnostics;
using YamlDotNet.Core;

namespace FactoryCps.Yaml;

/// <summary>
/// Reads one YAML (or JSON) document from an untrusted source into a <see cref="YNode"/> tree.
/// It never constructs objects from tags, and stops at the size, depth, alias and expanded-node limits,
/// so alias bombs ("billion laughs") and deep nesting end in an error, not in memory exhaustion.
/// </summary>
internal static class SafeYamlParser
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

        var builder = new YamlTreeBuilder(new Parser(new StringReader(text)), displayName, limits);
        try
        {
            var root = builder.ReadStream();
            return new YamlReadResult(root, builder.Diagnostics);
        }
        catch (YamlLimitExceededException ex)
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
}
