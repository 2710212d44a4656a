using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactoryCps.Diagnostics;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Resources;

namespace FactoryCps.Web.Api;

/// <summary>
/// Reading request bodies ourselves rather than by binding: the size is capped before anything is parsed, and a
/// malformed body answers the same problem details as an invalid model, with line and column.
/// </summary>
internal static class ApiBodies
{
    /// <summary>A whole model: far above a real plant's (the 10,000-asset benchmark model is about 4 MB).</summary>
    public const int MaxModelBytes = 10 * 1024 * 1024;

    /// <summary>One object of a model.</summary>
    public const int MaxObjectBytes = 1024 * 1024;

    /// <summary>How deeply a request body may nest; no API body needs more.</summary>
    private const int MaxDepth = 32;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The body as bytes, or the problem to answer (too large); the limit is checked while reading.</summary>
    public static async Task<(byte[]? Bytes, IResult? Problem)> BytesAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return (null, Problems.TooLarge(limit));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return (null, Problems.TooLarge(limit));
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), null);
    }

    /// <summary>The body as text, or the problem to answer (too large, not UTF-8).</summary>
    public static async Task<(string? Text, IResult? Problem)> TextAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        var (read, problem) = await BytesAsync(request, limit, cancellationToken);
        if (read is null)
        {
            return (null, problem);
        }

        try
        {
            var bytes = read.AsSpan();
            if (bytes.StartsWith(Encoding.UTF8.Preamble))
            {
                bytes = bytes[Encoding.UTF8.Preamble.Length..];
            }

            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, Problems.BadRequest(null, WebText.ApiBadEncoding));
        }
    }

    /// <summary>The body as one JSON object, or the problem to answer.</summary>
    public static async Task<(JsonObject? Body, IResult? Problem)> ObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (text, problem) = await TextAsync(request, MaxObjectBytes, cancellationToken);
        if (text is null)
        {
            return (null, problem);
        }

        try
        {
            return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = MaxDepth }) is JsonObject body
                ? (body, null)
                : (null, Problems.BadRequest("", string.Format(CultureInfo.CurrentCulture, WebText.ApiBadJson, "{ … }")));
        }
        catch (JsonException ex)
        {
            var syntax = JsonSyntaxProblem.Of(ex, Encoding.UTF8.GetBytes(text), MaxDepth);
            return (null, Problems.BadRequest(
                "",
                string.Format(CultureInfo.CurrentCulture, WebText.ApiBadJson, syntax.Reason.Get(Lang.Current)),
                syntax.Line,
                syntax.Column));
        }
    }

    private static readonly JsonSerializerOptions Strict = new(ApiSetup.JsonOptions) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };

    /// <summary>The body as <typeparamref name="T"/>: unknown properties and wrong types are errors (400 with the path), never ignored.</summary>
    public static async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        var (json, problem) = await ObjectAsync(request, cancellationToken);
        if (json is null)
        {
            return (null, problem);
        }

        try
        {
            return json.Deserialize<T>(Strict) is { } body ? (body, null) : (null, Problems.BadRequest("", string.Format(CultureInfo.CurrentCulture, WebText.ApiBadJson, "{ … }")));
        }
        catch (JsonException ex)
        {
            return (null, Problems.BadRequest(ex.Path ?? "", string.Format(CultureInfo.CurrentCulture, WebText.ApiBadJson, ex.Message)));
        }
    }
}
