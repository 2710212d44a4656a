using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace FactoryCps.Web.Hosting;

/// <summary>
/// A form posting more than its page accepts (a model over 10 MB, an SBOM over 16 MB, a workbook over 5 MB, evidence
/// over the configured limit) is answered with the 413 page, in the user's language, naming the limit and the file.
/// Left to Kestrel, the first read of such a body threw, the error was answered and the connection closed while the
/// browser was still sending: it showed a connection reset, never the answer (issue 14). So the body is read to its
/// end here (up to <see cref="ReadToEndLimit"/>) and thrown away, then the refusal is answered on an intact
/// connection. Only browser forms: the API reads its bodies itself and answers problem details.
/// </summary>
internal static class UploadLimits
{
    /// <summary>
    /// An over-limit body up to this size is read and discarded so that the browser sees the page. Above it, the
    /// cost of reading is not spent on a refusal: Kestrel closes the connection, and a browser shows a reset.
    /// </summary>
    public const long ReadToEndLimit = 256L * 1024 * 1024;

    /// <summary>After authorization, before anything reads the form: only a user who may post to the form is answered.</summary>
    public static WebApplication UseUploadLimits(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (LimitOf(context) is { } limit && context.Request.ContentLength > limit)
            {
                await RefuseAsync(context, limit);
                return;
            }

            await next(context);
        });
        return app;
    }

    /// <summary>The body limit of a browser's form post: its page's (RequestSizeLimit), else the one set so far (the portal's, the server's).</summary>
    private static long? LimitOf(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) || !IsForm(request.ContentType)
            || request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || context.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || context.GetEndpoint() is not { } endpoint)
        {
            return null;
        }

        return endpoint.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } page
            ? page.MaxRequestBodySize
            : context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
    }

    /// <summary>
    /// By the header alone: <see cref="HttpRequest.HasFormContentType"/> throws once the anti-forgery check has
    /// failed, and that refusal (400, with its page) is the endpoint's to answer.
    /// </summary>
    private static bool IsForm(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase) || type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase));

    private static async Task RefuseAsync(HttpContext context, long limit)
    {
        var length = context.Request.ContentLength!.Value;
        string? fileName = null;
        var body = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (length <= ReadToEndLimit && body is not { IsReadOnly: true })
        {
            if (body is not null)
            {
                body.MaxRequestBodySize = ReadToEndLimit;
            }

            fileName = await ReadToEndAsync(context.Request, context.RequestAborted);
        }

        context.Features.Set(new RefusedUpload(limit, length, fileName));
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
    }

    /// <summary>Reads the body to its end; returns the name of the first file in it, when the form gives one.</summary>
    private static async Task<string?> ReadToEndAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        string? fileName = null;
        try
        {
            if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
                && HeaderUtilities.RemoveQuotes(type.Boundary).Value is { Length: > 0 and <= 200 } boundary)
            {
                var reader = new MultipartReader(boundary, request.Body);
                while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
                {
                    if (fileName is null && ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFileDisposition())
                    {
                        fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    }

                    await section.Body.CopyToAsync(Stream.Null, cancellationToken);
                }
            }
        }
        catch (InvalidDataException)
        {
            // Not the multipart form it claims to be: the rest is read below all the same.
        }

        await request.Body.CopyToAsync(Stream.Null, cancellationToken);
        return string.IsNullOrWhiteSpace(fileName) ? null : fileName;
    }
}

/// <summary>What the 413 page says: the form's limit, the size sent, and the file's name when the form gave one.</summary>
internal sealed record RefusedUpload(long Limit, long Length, string? FileName);
