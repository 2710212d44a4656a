using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Audit.Pages;
using FactoryCps.Web.Sboms;
using FactoryCps.Web.Sites.Pages;

namespace FactoryCps.Web.Api;

/// <summary>
/// The REST API <c>/api/v1</c> and its OpenAPI document. Bearer API tokens only (AccountsSetup.ApiPolicy): a
/// browser's cookie never reaches it, so no other site can make a signed-in browser act through it. Every
/// <c>{site}</c> route names its permission, which the site authorization checks before the handler runs.
/// </summary>
internal static class ApiSetup
{
    public const string Prefix = "/api/v1";

    /// <summary>Web defaults, with Japanese left readable rather than escaped to \u sequences.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(ApiDocument.Configure);
        return builder;
    }

    public static WebApplication MapApiEndpoints(this WebApplication app)
    {
        var api = app.MapGroup(Prefix)
            .RequireAuthorization(AccountsSetup.ApiPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapSites();
        api.MapAnalysis();
        api.MapAudit();
        api.MapSboms();
        Cases.CaseEndpoints.MapCases(api);
        Advisories.MatchEndpoints.MapMatches(api);
        Suppliers.SupplierEndpoints.MapSuppliers(api);
        api.MapObjects();
        Advisories.AdvisoryEndpoints.MapAdvisories(api);

        // Anything else under the prefix is an API 404 (after authentication), not the sign-in page's redirect
        // that the pages' fallback policy would give an unknown address.
        api.Map("/{**path}", () => Problems.NotFound()).ExcludeFromDescription();

        app.MapOpenApi(Prefix + "/openapi.json").RequireAuthorization(AccountsSetup.ApiPolicy);
        return app;
    }

    /// <summary>JSON with the API's options, optionally with an ETag (a model object's version) and a Location.</summary>
    public static IResult Json(object? value, int status = StatusCodes.Status200OK, int? version = null, string? location = null) =>
        new JsonAnswer(value, status, version, location);

    public static string ETag(int version) => $"\"{version}\"";

    private sealed class JsonAnswer(object? value, int status, int? version, string? location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            if (version is { } v)
            {
                httpContext.Response.Headers.ETag = ETag(v);
            }

            if (location is not null)
            {
                httpContext.Response.Headers.Location = location;
            }

            return Results.Json(value, JsonOptions, statusCode: status).ExecuteAsync(httpContext);
        }
    }
}
