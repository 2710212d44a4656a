using System.Text;
using FactoryCps.Reports;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Api;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;

namespace FactoryCps.Web.Sites.Pages;

internal static class SitePagesSetup
{
    /// <summary>Downloads (the model as YAML or JSON, and the reports) and the API for sites, their analysis and their model objects.</summary>
    public static WebApplication MapSiteEndpoints(this WebApplication app)
    {
        app.MapApiGroup().MapSites().MapAnalysis().MapObjects();
        var site = app.MapGroup("/sites/{site}");
        site.MapGet("/export.{format:regex(^(yaml|json)$)}", async (string format, SiteContext access, HttpContext context, SiteModelStore store) =>
        {
            var key = access.Site.Key;
            var document = await store.DocumentAsync(access.Site, context.RequestAborted);
            if (document is null)
            {
                return Results.NotFound();
            }

            var text = format == "json" ? document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) : FactoryCps.Yaml.YamlText.Write(document);
            return Results.File(Encoding.UTF8.GetBytes(text), format == "json" ? "application/json" : "application/yaml", $"{key}.{format}");
        }).WithMetadata(new SitePermissionAttribute(SitePermission.Import));

        site.MapGet("/reports/{format:regex(^(html|xlsx|md|json|svg)$)}", async (string format, SiteContext access, HttpContext context, SiteAnalysis analysis) =>
        {
            var report = await analysis.ReportAsync(access.Site, Lang.Current, context.RequestAborted);
            if (report is null)
            {
                return Results.NotFound();
            }

            var bytes = ReportWriter.Render(report, format);
            return Results.File(bytes, ContentType(format), $"{access.Site.Key}-{report.Date}.{format}");
        }).WithMetadata(new SitePermissionAttribute(SitePermission.View));
        return app;
    }

    public static string ContentType(string format) => format switch
    {
        "html" => "text/html; charset=utf-8",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "md" => "text/markdown; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
