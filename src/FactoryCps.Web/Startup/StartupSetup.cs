namespace FactoryCps.Web.Startup;

internal static class StartupSetup
{
    /// <summary>
    /// Before the first request: migrate, load the demo site when asked, offer the first administrator's link.
    /// Program adds this before any feature whose hosted service reads the database (hosted services start in
    /// the order they were added).
    /// </summary>
    public static WebApplicationBuilder AddStartup(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DemoSite>();
        builder.Services.AddHostedService<StartupTasks>();
        return builder;
    }
}
