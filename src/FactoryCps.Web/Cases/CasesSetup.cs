using FactoryCps.Web.Api;

namespace FactoryCps.Web.Cases;

internal static class CasesSetup
{
    /// <summary>Step 3: who holds which OODA role, the cases (handling, who moves which phase, deadlines per severity), and the timer that opens cases for new advisory matches.</summary>
    public static WebApplicationBuilder AddCases(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CaseDeadlines>().Bind(builder.Configuration.GetSection(CaseDeadlines.Section))
            .Validate(d => new[] { d.Critical, d.High, d.Medium, d.Low }.All(days => days is > 0 and <= 3650), "Fcps:Cases:DeadlineDays: each value must be 1..3650 days.")
            .ValidateOnStart();
        builder.Services.AddScoped<CaseMovers>();
        builder.Services.AddScoped<CaseHandling>();
        builder.Services.AddScoped<OodaRoles>();
        builder.Services.AddHostedService<CaseOpening>();
        return builder;
    }

    /// <summary>The API for cases (the pages are Razor Pages).</summary>
    public static WebApplication MapCaseEndpoints(this WebApplication app)
    {
        app.MapApiGroup().MapCases();
        return app;
    }
}
