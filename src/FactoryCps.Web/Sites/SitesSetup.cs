namespace FactoryCps.Web.Sites;

internal static class SitesSetup
{
    /// <summary>The stored sites: the model store and the cached analysis that every page, API and report reads.</summary>
    public static WebApplicationBuilder AddSites(this WebApplicationBuilder builder)
    {
        builder.Services.AddMemoryCache(options => options.SizeLimit = 256);
        builder.Services.AddScoped<SiteModelStore>();
        builder.Services.AddScoped<SiteAnalysis>();
        return builder;
    }
}
