using FactoryCps.Catalog;
using FactoryCps.Web.Api;

namespace FactoryCps.Web.Glossary;

/// <summary>
/// The glossary: the page (<c>/glossary</c>, a Razor Page found by its folder) and <c>/api/v1/glossary</c>. It reads
/// the catalogue only, so it needs no services of its own.
/// </summary>
internal static class GlossarySetup
{
    public static WebApplication MapGlossaryEndpoints(this WebApplication app)
    {
        // Not per site: any signed-in user (any API token) may read the vocabulary.
        app.MapApiGroup().WithTags(ApiTags.Glossary)
            .MapGet("/glossary", (GuidelineCatalog catalog) => ApiSetup.Json(catalog.Glossary.Select(GlossaryTermDto.Of).ToList()))
            .WithName("ListGlossary")
            .WithSummary("The glossary: one word per concept in Japanese and English, its reading, definition, the variants not used, source and whose words it is.")
            .Produces<List<GlossaryTermDto>>();
        return app;
    }
}
