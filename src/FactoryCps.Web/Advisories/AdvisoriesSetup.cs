using FactoryCps.Web.Api;

namespace FactoryCps.Web.Advisories;

internal static class AdvisoriesSetup
{
    /// <summary>The stored advisories and which of them apply to a site (the candidates that Step 3 opens cases for).</summary>
    public static WebApplicationBuilder AddAdvisories(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SiteMatches>();
        return builder;
    }

    /// <summary>The API for the installation's advisories and a site's matches.</summary>
    public static WebApplication MapAdvisoryEndpoints(this WebApplication app)
    {
        app.MapApiGroup().MapMatches().MapAdvisories();
        return app;
    }
}
