using System.Text.Json;
using FactoryCps.Diagnostics;

namespace FactoryCps.Advisories;

/// <summary>Reads an advisory with limits, so a hostile or broken file costs a clear error rather than memory.</summary>
internal static class CsafReader
{
    /// <summary>The largest CISA advisory is about 0.7 MB; 32 MB leaves room for big vendor advisories.</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };

    /// <summary>Parses the file, or returns the finding that says why it could not be read as JSON.</summary>
    public static (JsonDocument? Json, CsafFinding? Error) Parse(string path) =>
        Check(path) is { } error ? (null, error) : Parse(File.ReadAllBytes(path));

    /// <summary>
    /// The file's bytes in a buffer from the shared pool, for a caller that is done with the document before it
    /// disposes the buffer (validation): most advisories are larger than the large-object threshold, and a fresh
    /// array per file made the garbage collector run full collections during a batch.
    /// </summary>
    public static (PooledFile? File, CsafFinding? Error) Read(string path) =>
        Check(path) is { } error ? (null, error) : (PooledFile.Read(path), null);

    private static CsafFinding? Check(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return new CsafFinding("json", Severity.Error, "", new Message("CsafFileMissing", path));
        }

        return info.Length > MaxBytes ? new CsafFinding("json", Severity.Error, "", new Message("CsafFileTooLarge", info.Length, MaxBytes)) : null;
    }

    public static (JsonDocument? Json, CsafFinding? Error) Parse(ReadOnlyMemory<byte> bytes)
    {
        // Windows editors save UTF-8 with a byte order mark; RFC 8259 lets a parser ignore it, and JsonDocument does not.
        if (bytes.Span.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
        }

        try
        {
            var json = JsonDocument.Parse(bytes, Options);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                json.Dispose();
                return (null, new CsafFinding("json", Severity.Error, "", new Message("CsafNotAnObject")));
            }

            return (json, null);
        }
        catch (JsonException ex)
        {
            var problem = JsonSyntaxProblem.Of(ex, bytes.Span, Options.MaxDepth);
            return (null, new CsafFinding("json", Severity.Error, ex.Path ?? "$", new Message("CsafJsonSyntax", problem.Line, problem.Column, problem.Reason)));
        }
    }
}
