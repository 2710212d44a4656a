using System.Text.Json;
using FactoryCps.Diagnostics;

namespace FactoryCps.Sboms;

/// <summary>
/// Reads a CycloneDX or SPDX JSON SBOM, choosing the format by content (file names and extensions vary too much
/// between tools to be trusted). Anything that cannot be used fails with an <see cref="SbomReadException"/>.
/// </summary>
internal static class SbomReader
{
    /// <summary>
    /// Large enough for real product SBOMs (the biggest public examples are a few MB) and small enough that a
    /// hostile upload cannot exhaust memory: the whole document is parsed in memory for schema validation.
    /// </summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>
    /// Nested components make CycloneDX deeper than most JSON, but not by much; real BOMs stay well under 30
    /// levels, and a limit keeps the recursive walk and the schema validator off the edge of the stack.
    /// </summary>
    public const int MaxDepth = 128;

    public static Sbom Read(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new SbomReadException(path, null, new Message("SbomFileNotFound"));
        }

        if (info.Length > MaxFileBytes)
        {
            throw new SbomReadException(path, null, new Message("SbomFileTooLarge", info.Length, MaxFileBytes));
        }

        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads an SBOM already in memory (an upload); <paramref name="name"/> is what messages call it.</summary>
    public static Sbom Parse(ReadOnlyMemory<byte> utf8Json, string name)
    {
        if (utf8Json.Length > MaxFileBytes)
        {
            throw new SbomReadException(name, null, new Message("SbomFileTooLarge", utf8Json.Length, MaxFileBytes));
        }

        JsonNesting.Check(utf8Json.Span, MaxDepth, name);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException ex)
        {
            var problem = JsonSyntaxProblem.Of(ex, utf8Json.Span, MaxDepth);
            throw new SbomReadException(name, null, new Message("SbomMalformedJson", $"{problem.Line}:{problem.Column}", problem.Reason), ex);
        }

        using (document)
        {
            var root = document.RootElement;
            var fields = new JsonFields(name);
            fields.RequireObject(root, JsonPaths.Root);
            if (root.TryGetProperty("bomFormat", out var bomFormat) && bomFormat.ValueKind == JsonValueKind.String
                && bomFormat.GetString() == "CycloneDX")
            {
                return CycloneDxReader.Read(root, fields);
            }

            if (root.TryGetProperty("spdxVersion", out _))
            {
                return SpdxReader.Read(root, fields);
            }

            // SPDX 3 is JSON-LD with a context instead of spdxVersion: recognise it to say what is not supported.
            if (root.TryGetProperty("@context", out var context) && context.ToString().Contains("spdx.org/rdf/3", StringComparison.Ordinal))
            {
                throw fields.Error(JsonPaths.Property(JsonPaths.Root, "@context"), "SbomSpdx3Unsupported");
            }

            throw fields.Error(JsonPaths.Root, "SbomUnknownFormat");
        }
    }
}
