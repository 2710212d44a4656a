using System.Globalization;
using System.Text.Json.Nodes;
using FactoryCps.Diagnostics;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Resources;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Api;

/// <summary>
/// The API's errors as RFC 9457 problem details (<c>application/problem+json</c>), titled in the request's
/// language. The <c>type</c> URIs name the kind of problem for programs; docs/api.md lists them.
/// </summary>
internal static class Problems
{
    public const string Invalid = "urn:factorycps:problem:invalid";
    public const string NotFoundType = "urn:factorycps:problem:not-found";
    public const string PreconditionRequiredType = "urn:factorycps:problem:precondition-required";
    public const string StaleType = "urn:factorycps:problem:stale-version";
    public const string ExistsType = "urn:factorycps:problem:exists";
    public const string ForbiddenType = "urn:factorycps:problem:forbidden";
    public const string TooLargeType = "urn:factorycps:problem:too-large";
    public const string NotAllowedType = "urn:factorycps:problem:method-not-allowed";
    public const string ConflictType = "urn:factorycps:problem:conflict";
    public const string RefusedType = "urn:factorycps:problem:refused";

    public static IResult NotFound(string? detail = null) =>
        Problem(StatusCodes.Status404NotFound, NotFoundType, WebText.ApiNotFound, detail ?? WebText.ApiNotFoundDetail);

    public static IResult UnknownSection(string section) =>
        NotFound(Format(WebText.ApiUnknownSection, section));

    /// <summary>
    /// Validation errors, every one the loader found. Line and column are given only when they refer to what
    /// the client sent (<paramref name="withLocation"/>): for a single object they would point into the
    /// server's assembled model, which the client never saw.
    /// </summary>
    public static IResult Validation(IEnumerable<Diagnostic> diagnostics, bool withLocation)
    {
        var all = diagnostics.ToList();
        return Problem(StatusCodes.Status400BadRequest, Invalid, WebText.ApiInvalid, WebText.ApiInvalidDetail, new()
        {
            ["errors"] = Errors(all.Where(d => d.Severity == Severity.Error), withLocation),
            ["warnings"] = Errors(all.Where(d => d.Severity == Severity.Warning), withLocation),
        });
    }

    /// <summary>One request error that is not the model's: a malformed body, a key that does not match its address.</summary>
    public static IResult BadRequest(string? path, string message, int? line = null, int? column = null, string? code = null) =>
        Problem(StatusCodes.Status400BadRequest, Invalid, WebText.ApiInvalid, WebText.ApiInvalidDetail, new()
        {
            ["errors"] = new JsonArray(Error(path, line, column, code, message)),
            ["warnings"] = new JsonArray(),
        });

    public static JsonArray Errors(IEnumerable<Diagnostic> diagnostics, bool withLocation) =>
        [.. diagnostics.Select(d => Error(
            d.Path,
            withLocation && d.Location is { Line: > 0 } at ? at.Line : null,
            withLocation && d.Location is { Line: > 0 } where ? where.Column : null,
            d.Message.Key,
            d.Message.Render(Lang.Current)))];

    public static IResult PreconditionRequired() =>
        Problem(StatusCodes.Status428PreconditionRequired, PreconditionRequiredType, WebText.ApiPreconditionRequired, WebText.ApiPreconditionRequiredDetail);

    /// <summary>If-Match named an old version: 412, with the version and content that are current now.</summary>
    public static IResult Stale(JsonObject current, int version) =>
        Problem(StatusCodes.Status412PreconditionFailed, StaleType, WebText.ApiStale, Format(WebText.ApiStaleDetail, version), new()
        {
            ["currentVersion"] = version,
            ["current"] = current,
        });

    public static IResult Exists(string key, JsonObject current, int? version) =>
        Problem(StatusCodes.Status409Conflict, ExistsType, WebText.ApiExists, Format(WebText.ApiExistsDetail, key), new()
        {
            ["currentVersion"] = version,
            ["current"] = current,
        });

    public static IResult SiteExists(string key) =>
        Problem(StatusCodes.Status409Conflict, ExistsType, WebText.ApiSiteExistsTitle, Format(WebText.SiteExists, key));

    public static IResult Conflict(string detail) =>
        Problem(StatusCodes.Status409Conflict, ConflictType, WebText.ApiConflict, detail);

    public static IResult Forbidden(string detail, string? code = null) =>
        Problem(StatusCodes.Status403Forbidden, ForbiddenType, WebText.ApiForbidden, detail, code is null ? null : new() { ["code"] = code });

    /// <summary>A case refused a change its phase does not allow (422), with the refusal's name as the code.</summary>
    public static IResult Refused(string code, string detail) =>
        Problem(StatusCodes.Status422UnprocessableEntity, RefusedType, WebText.ApiRefused, detail, new() { ["code"] = code });

    public static IResult TooLarge(long limit) =>
        Problem(StatusCodes.Status413PayloadTooLarge, TooLargeType, WebText.ApiTooLarge, Format(WebText.ApiTooLargeDetail, limit));

    public static IResult NotAllowed(string detail) =>
        Problem(StatusCodes.Status405MethodNotAllowed, NotAllowedType, WebText.ApiMethodNotAllowed, detail);

    private static JsonObject Error(string? path, int? line, int? column, string? code, string message)
    {
        var error = new JsonObject { ["path"] = path ?? "" };
        if (line is not null)
        {
            error["line"] = line;
            error["column"] = column;
        }

        if (code is not null)
        {
            error["code"] = code;
        }

        error["message"] = message;
        return error;
    }

    private static IResult Problem(int status, string type, string title, string detail, Dictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Type = type, Title = title, Detail = detail, Extensions = extensions ?? [] });

    private static string Format(string format, object arg) => string.Format(CultureInfo.CurrentCulture, format, arg);
}
