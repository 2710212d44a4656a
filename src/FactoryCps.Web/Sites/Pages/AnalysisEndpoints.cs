using System.Text.Json.Nodes;
using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Plans;
using FactoryCps.Reports;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Api;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;

namespace FactoryCps.Web.Sites.Pages;

/// <summary>What the analysis derives from a site's model, in the CLI's JSON contracts (docs/analysis.md), and the reports.</summary>
internal static class AnalysisEndpoints
{
    public static RouteGroupBuilder MapAnalysis(this RouteGroupBuilder api)
    {
        var tagged = api.MapGroup("").WithTags(ApiTags.Analysis);
        var view = new SitePermissionAttribute(SitePermission.View);
        tagged.MapGet("/sites/{site}/analysis", async (string site, SiteContext access, HttpContext context, SiteAnalysis analysis, GuidelineCatalog catalog) =>
                await analysis.AnalyzeAsync(access.Site, context.RequestAborted) is { } result
                    ? ApiSetup.Json(AnalysisJson.Write(result, catalog))
                    : Problems.NotFound())
            .WithName("GetAnalysis")
            .WithSummary("Steps 1-3 to 2-2 as of today: importance, target levels, threats, coverage and findings (the JSON of fcps analyze).")
            .WithMetadata(view)
            .Produces<JsonObject>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        tagged.MapGet("/sites/{site}/plan", async (string site, SiteContext access, HttpContext context, SiteAnalysis analysis, GuidelineCatalog catalog) =>
                await analysis.AnalyzeAsync(access.Site, context.RequestAborted) is { } result
                    ? ApiSetup.Json(PlanJson.Write(PlanBuilder.Build(result), catalog))
                    : Problems.NotFound())
            .WithName("GetPlan")
            .WithSummary("Step 2: the policy per zone and the ranked action list (the JSON of fcps plan).")
            .WithMetadata(view)
            .Produces<JsonObject>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        tagged.MapGet("/sites/{site}/reports/{format:regex(^(html|xlsx|md|json|svg)$)}", async (string site, string format, SiteContext access, HttpContext context, SiteAnalysis analysis) =>
            {
                if (await analysis.ReportAsync(access.Site, Lang.Current, context.RequestAborted) is not { } report)
                {
                    return Problems.NotFound();
                }

                return Results.File(ReportWriter.Render(report, format), SitePagesSetup.ContentType(format), $"{access.Site.Key}-{report.Date}.{format}");
            })
            .WithName("GetReport")
            .WithSummary("The report as html, xlsx, md, json or svg (zone diagram), in the request's language.")
            .WithMetadata(view)
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
