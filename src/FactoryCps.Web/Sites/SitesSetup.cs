using System.Text;
using FactoryCps.Reports;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;
using FactoryCps.Web.Startup;

namespace FactoryCps.Web.Sites;

internal static class SitesSetup
{
    public static WebApplicationBuilder AddSites(this WebApplicationBuilder builder)
    {
        builder.Services.AddMemoryCache(options => options.SizeLimit = 256);
        builder.Services.AddScoped<SiteModelStore>();
        builder.Services.AddScoped<SiteAnalysis>();
        builder.Services.AddScoped<DemoSite>();
        builder.Services.AddScoped<Cases.OodaRoles>();
        return builder;
    }

    /// <summary>Downloads: the model as YAML or JSON, and the reports.</summary>
    public static WebApplication MapSiteEndpoints(this WebApplication app)
    {
        var site = app.MapGroup("/sites/{site}");
        site.MapGet("/export.{format:regex(^(yaml|json)$)}", async (string format, HttpContext context, SiteModelStore store) =>
        {
            var key = SiteContext.Of(context).Site.Key;
            var document = await store.DocumentAsync(key, context.RequestAborted);
            if (document is null)
            {
                return Results.NotFound();
            }

            var text = format == "json" ? document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) : FactoryCps.Yaml.YamlText.Write(document);
            return Results.File(Encoding.UTF8.GetBytes(text), format == "json" ? "application/json" : "application/yaml", $"{key}.{format}");
        }).WithMetadata(new SitePermissionAttribute(SitePermission.Import));

        site.MapGet("/reports/{format:regex(^(html|xlsx|md|json|svg)$)}", async (string format, HttpContext context, SiteAnalysis analysis) =>
        {
            var access = SiteContext.Of(context);
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
