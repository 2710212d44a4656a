using FactoryCps.Catalog;
using FactoryCps.Localization;
using FactoryCps.Procurement;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Api;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Security;
using FactoryCps.Web.Shared;
using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Procurement;

/// <summary>
/// The procurement specification of one asset or external of a site, as the CLI writes it, from the stored
/// model and its cached analysis: <c>GET /sites/{site}/procurement/{id}?format=docx|html|md&amp;lang=ja|en</c>.
/// Reading the site is enough, as for the site's reports.
/// </summary>
internal static class ProcurementEndpoints
{
    public static WebApplication MapProcurementEndpoints(this WebApplication app)
    {
        app.MapGet("/sites/{site}/procurement/{id}", async (string id, string? format, string? lang, SiteContext access, HttpContext context, SiteAnalysis analyses, GuidelineCatalog catalog) =>
        {
            var (chosen, language, problem) = DocumentRequests.Read(format, lang, SpecificationFormats.All, "docx", WebText.ProcurementBadFormat);
            if (problem is not null)
            {
                return problem;
            }

            var site = access.Site;
            if (await analyses.AnalyzeAsync(site, context.RequestAborted) is not { } analysis)
            {
                return Problems.NotFound();
            }

            if (ProcurementItem.Find(analysis.Model, id) is not { } item)
            {
                return Problems.NotFound(ProcurementSpecification.UnknownItem(analysis.Model, site.Key, id, Lang.Current));
            }

            var document = ProcurementSpecification.Build(catalog, analysis, item, language, SiteAnalysis.Version);
            return Results.File(
                SpecificationFormats.Render(document, chosen),
                SpecificationFormats.ContentType(chosen),
                $"{site.Key}-{item.Id}-procurement-{language.Code()}.{chosen}");
        }).WithMetadata(new SitePermissionAttribute(SitePermission.View));
        return app;
    }
}
