using FactoryCps.Web.Api;
using FactoryCps.Web.Notifications;

namespace FactoryCps.Web.Checklists;

internal static class ChecklistsSetup
{
    /// <summary>Step 3 self-assessment: rounds, their answers, reviews and closing (the pages are Razor Pages).</summary>
    public static WebApplicationBuilder AddChecklists(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<RoundDesk>();
        builder.Services.AddScoped<RoundFiles>();
        builder.Services.AddSingleton<RoundWords>();
        builder.Services.AddScoped<RoundNotices>();
        builder.Services.AddScoped<IReminderSource, RoundReminders>();
        return builder;
    }

    /// <summary>The API for assessment rounds.</summary>
    public static WebApplication MapChecklistEndpoints(this WebApplication app)
    {
        app.MapApiGroup().MapRounds().MapRoundFiles();
        return app;
    }
}
