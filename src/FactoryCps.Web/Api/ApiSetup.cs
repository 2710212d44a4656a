namespace FactoryCps.Web.Api;

internal static class ApiSetup
{
    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapApiEndpoints(this WebApplication app) => app;
}
