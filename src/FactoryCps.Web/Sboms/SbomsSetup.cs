using FactoryCps.Web.Api;

namespace FactoryCps.Web.Sboms;

internal static class SbomsSetup
{
    public static WebApplicationBuilder AddSboms(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SbomStore>();
        return builder;
    }

    /// <summary>The API for SBOMs per asset and the licence overview (the pages are Razor Pages).</summary>
    public static WebApplication MapSbomEndpoints(this WebApplication app)
    {
        app.MapApiGroup().MapSboms();
        return app;
    }
}
