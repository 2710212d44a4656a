namespace FactoryCps.Web.Audit;

internal static class AuditSetup
{
    public static WebApplicationBuilder AddAudit(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapAuditEndpoints(this WebApplication app) => app;
}
