namespace FactoryCps.Web.Dashboard;

internal static class DashboardSetup
{
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<OverdueCases>();
        builder.Services.AddSingleton<RenderedDashboards>();
        return builder;
    }
}
