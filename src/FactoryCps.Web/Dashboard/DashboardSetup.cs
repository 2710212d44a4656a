using FactoryCps.Web.Accounts;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;

namespace FactoryCps.Web.Dashboard;

internal static class DashboardSetup
{
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<OverdueCases>();
        builder.Services.AddSingleton<RenderedDashboards>();
        builder.Services.AddScoped<DashboardCharts>();
        return builder;
    }

    /// <summary>The dashboard's pictures as images of their own (<see cref="DashboardCharts"/>).</summary>
    public static WebApplication MapDashboardEndpoints(this WebApplication app)
    {
        app.MapGet("/sites/{site}/charts/{name:regex(^(heat-map|coverage)$)}.svg", ChartAsync)
            .WithMetadata(new SitePermissionAttribute(SitePermission.View));
        return app;
    }

    /// <summary>
    /// The picture as the site is now, whatever version its address names (an old page gets the current one).
    /// Revalidated on every view (<c>no-cache</c>): a 304 costs no drawing and no body, and the check of the
    /// viewer's access runs each time, so a signed-out browser shows nothing from its cache.
    /// </summary>
    private static async Task<IResult> ChartAsync(string name, SiteContext access, HttpContext context, DashboardCharts charts)
    {
        if (await charts.ReadAsync(access.Site, Lang.Current, context.RequestAborted) is not { } drawn)
        {
            return Results.NotFound();
        }

        var headers = context.Response.Headers;
        headers.CacheControl = "private, no-cache";
        headers.ETag = drawn.ETag;
        var asked = context.Request.GetTypedHeaders().IfNoneMatch;
        if (asked.Any(tag => !tag.IsWeak && tag.Tag.Equals(drawn.ETag, StringComparison.Ordinal)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(drawn.Bytes(name), "image/svg+xml; charset=utf-8");
    }
}
