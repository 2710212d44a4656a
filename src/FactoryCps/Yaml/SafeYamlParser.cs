using System.Text;
using FactoryCps.Diagnostics;
using YamlDotNet.Core;

namespace FactoryCps.Yaml;

/// <summary>
/// Reads one YAML (or JSON) document from an untrusted source into a <see cref="YNode"/> tree.
/// It never constructs objects from tags, and stops at the limits of <see cref="YamlLimits"/> while reading, so
/// alias bombs ("billion laughs"), deep nesting and files of meaningless nodes end in an error naming the line
/// and the limit, not in memory exhaustion.
/// </summary>
internal static class SafeYamlParser
{
    /// <summary>The JSON grammar check's nesting limit: far above any model, below a stack overflow.</summary>
    private const int MaxJsonDepth = 1000;

    /// <summary>UTF-8 only (no other encoding is detected from a byte-order mark), an optional UTF-8 mark skipped, invalid bytes refused.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

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

        if (!IsJson(displayName))
        {
            // Read as the parser goes: holding the whole file first cost its size before any limit could stop it.
            // A byte that is not UTF-8 ends this; the whole read below then finds its line and column.
            try
            {
                using var text = new StreamReader(info.OpenRead(), StrictUtf8, detectEncodingFromByteOrderMarks: false);
                return Parse(text, displayName, limits);
            }
            catch (DecoderFallbackException)
            {
            }
        }

        using var stream = info.OpenRead();
        return Read(stream, displayName, limits);
    }

    public static YamlReadResult Read(Stream stream, string displayName, YamlLimits limits)
    {
        var buffer = stream.CanSeek ? new MemoryStream((int)Math.Min(stream.Length, limits.MaxBytes + 1)) : new MemoryStream();
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

        var bytes = new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        if (!System.Text.Unicode.Utf8.IsValid(bytes.Span) && InvalidUtf8At(bytes.Span) is { } invalid)
        {
            return Fail(new SourceLocation(displayName, invalid.Line, invalid.Column), "YamlNotUtf8");
        }

        if (IsJson(displayName) && JsonSyntaxError(bytes.Span, displayName) is { } jsonError)
        {
            return new YamlReadResult(null, [jsonError]);
        }

        // The parser reads the bytes as it goes: a copy of the whole file as a string would be twice its size
        // again, before a single limit could stop it.
        using var text = new StreamReader(new MemoryStream(buffer.GetBuffer(), 0, (int)buffer.Length, writable: false), StrictUtf8, detectEncodingFromByteOrderMarks: false);
        return Parse(text, displayName, limits);
    }

    public static YamlReadResult Read(string text, string displayName, YamlLimits limits)
    {
        var byteCount = Encoding.UTF8.GetByteCount(text);
        if (byteCount > limits.MaxBytes)
        {
            return Fail(new SourceLocation(displayName, 0, 0), "YamlTooLarge", byteCount, limits.MaxBytes);
        }

        text = text.TrimStart('\uFEFF');
        if (IsJson(displayName) && JsonSyntaxError(Encoding.UTF8.GetBytes(text), displayName) is { } jsonError)
        {
            return new YamlReadResult(null, [jsonError]);
        }

        return Parse(new StringReader(text), displayName, limits);
    }

    private static bool IsJson(string displayName) => displayName.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private static YamlReadResult Parse(TextReader text, string displayName, YamlLimits limits)
    {
        var builder = new YamlTreeBuilder(new Parser(text), displayName, limits);
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
                ? Fail(location, "YamlSyntaxUntil", YamlSyntaxReason.Of(ex.Message), ex.End.Line, ex.End.Column)
                : Fail(location, "YamlSyntax", YamlSyntaxReason.Of(ex.Message));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, not a YamlException, when input ends inside a flow collection.
            return Fail(builder.LastLocation, "YamlSyntax", YamlSyntaxReason.Of("unexpected end of input"));
        }
    }

    /// <summary>
    /// YAML accepts what JSON forbids (trailing commas, comments, unquoted keys); a .json file is first held
    /// to JSON's own grammar, then read into the located tree like YAML. A forward-only reader checks it: a
    /// document object of a large file would cost more than the tree itself.
    /// </summary>
    private static Diagnostic? JsonSyntaxError(ReadOnlySpan<byte> utf8, string displayName)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var reader = new System.Text.Json.Utf8JsonReader(utf8, new System.Text.Json.JsonReaderOptions { MaxDepth = MaxJsonDepth });
        try
        {
            while (reader.Read())
            {
            }

            return null;
        }
        catch (System.Text.Json.JsonException ex)
        {
            var problem = JsonSyntaxProblem.Of(ex, utf8, MaxJsonDepth);
            return new Diagnostic(Severity.Error, new SourceLocation(displayName, problem.Line, problem.Column), null, new Message("JsonSyntax", problem.Reason));
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
