using System.Text.Json;
using FactoryCps.Diagnostics;

namespace FactoryCps.Advisories;

/// <summary>Reads an advisory with limits, so a hostile or broken file costs a clear error rather than memory.</summary>
internal static class CsafReader
{
    /// <summary>The largest CISA advisory is about 0.7 MB; 32 MB leaves room for big vendor advisories.</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };

    /// <summary>Parses the file, or returns the finding that says why it could not be read as JSON.</summary>
    public static (JsonDocument? Json, CsafFinding? Error) Parse(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return (null, new CsafFinding("json", Severity.Error, "", new Message("CsafFileMissing", path)));
        }

        if (info.Length > MaxBytes)
        {
            return (null, new CsafFinding("json", Severity.Error, "", new Message("CsafFileTooLarge", info.Length, MaxBytes)));
        }

        return Parse(File.ReadAllBytes(path));
    }

    public static (JsonDocument? Json, CsafFinding? Error) Parse(ReadOnlyMemory<byte> bytes)
    {
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
            return (null, new CsafFinding("json", Severity.Error, ex.Path ?? "$", new Message("CsafJsonSyntax", (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1, ex.Message)));
        }
    }
}
