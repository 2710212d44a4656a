using FactoryCps.Web.Hosting;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FactoryCps.Web.Api;

/// <summary>
/// The OpenAPI document at <c>/api/v1/openapi.json</c>: the API's routes only (not the pages' download
/// endpoints), with the bearer token scheme every operation needs. No UI is served: plants are offline, and any
/// OpenAPI tool can read the file.
/// </summary>
internal static class ApiDocument
{
    public const string SecurityScheme = "bearer";

    /// <summary>A model object in JSON.</summary>
    public static IReadOnlyList<string> ObjectBody { get; } = ["application/json"];

    /// <summary>A whole model: JSON, or YAML under any of its usual media types.</summary>
    public static IReadOnlyList<string> ModelBody { get; } = ["application/json", "application/yaml"];

    /// <summary>
    /// Describes the request body in the document only. Accepts() would also make routing refuse other media
    /// types (415), but handlers read bodies themselves, and curl --data-binary sends a form's media type.
    /// </summary>
    public static RouteHandlerBuilder WithRequestBody(this RouteHandlerBuilder endpoint, IReadOnlyList<string> mediaTypes) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = mediaTypes.ToDictionary(
                    type => type,
                    type => new OpenApiMediaType { Schema = new OpenApiSchema { Type = type == "application/json" ? JsonSchemaType.Object : JsonSchemaType.String } }),
            };
            return Task.CompletedTask;
        });

    /// <summary>
    /// A JSON body read as <typeparamref name="TBody"/>, described with that type's schema, so that a generated
    /// client sends its properties (an untyped object would leave the client nothing to fill in). In the document
    /// only, as above.
    /// </summary>
    public static RouteHandlerBuilder WithRequestBody<TBody>(this RouteHandlerBuilder endpoint, bool required = true) =>
        endpoint.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(TBody), null, cancellationToken);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = required,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new OpenApiMediaType { Schema = schema } },
            };
        });

    public static void Configure(OpenApiOptions options)
    {
        options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
        options.AddDocumentTransformer((document, context, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "FactoryCPS API",
                Version = "v1",
                License = new OpenApiLicense { Name = "Apache-2.0", Identifier = "Apache-2.0" },
                Description = "Sites, their factory model (shared/spec/factory-model.md) object by object with optimistic concurrency " +
                    "(ETag / If-Match), analysis, plan, reports and audit log. Authenticate with an API token from /account/tokens: " +
                    "Authorization: Bearer fcps_…. Errors are RFC 9457 problem details. See docs/api.md.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SecurityScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An API token (fcps_…) created on the page /account/tokens.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecurityScheme, document)] = [] }];
            ApiParameters.Complete(document);
            ApiTags.Describe(document);
            Relate(document, context.ApplicationServices.GetRequiredService<PublicLinks>());
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// The API's address as the one server, and the paths below it (<c>/sites/{site}</c>, not
    /// <c>/api/v1/sites/{site}</c>), so that a generated client's base address is the API's. The address is the
    /// configured public one (PublicLinks), else the address the server listens on, else the relative
    /// <c>/api/v1</c> (relative to wherever the document was read): never the request's Host, which the client
    /// writes.
    /// </summary>
    private static void Relate(OpenApiDocument document, PublicLinks links)
    {
        document.Servers = [new OpenApiServer { Url = links.To(ApiSetup.Prefix), Description = "The FactoryCPS API: Fcps:PublicUrl followed by /api/v1 (docs/api.md)" }];
        var paths = new OpenApiPaths();
        foreach (var (path, item) in document.Paths)
        {
            paths.Add(path[ApiSetup.Prefix.Length..], item);
        }

        document.Paths = paths;
    }
}
