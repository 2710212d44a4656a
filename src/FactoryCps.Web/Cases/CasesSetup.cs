namespace FactoryCps.Web.Cases;

internal static class CasesSetup
{
    /// <summary>Step 3 cases: the handling service, who moves which phase, and the deadlines per severity.</summary>
    public static WebApplicationBuilder AddCases(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CaseDeadlines>().Bind(builder.Configuration.GetSection(CaseDeadlines.Section))
            .Validate(d => new[] { d.Critical, d.High, d.Medium, d.Low }.All(days => days is > 0 and <= 3650), "Fcps:Cases:DeadlineDays: each value must be 1..3650 days.")
            .ValidateOnStart();
        builder.Services.AddScoped<CaseMovers>();
        builder.Services.AddScoped<CaseHandling>();
        builder.Services.AddScoped<Advisories.SiteMatches>();
        builder.Services.AddHostedService<CaseOpening>();
        return builder;
    }
}
