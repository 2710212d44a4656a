using FactoryCps.Web.Api;
using FactoryCps.Web.Notifications;

namespace FactoryCps.Web.Reviews;

internal static class ReviewsSetup
{
    /// <summary>Step 3 PDCA reviews: the record, the inputs gathered for its period, and when one is called for (the pages are Razor Pages).</summary>
    public static WebApplicationBuilder AddReviews(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ReviewDesk>();
        builder.Services.AddScoped<ReviewHistoryReader>();
        builder.Services.AddScoped<ReviewInputsReader>();
        builder.Services.AddScoped<ReviewCalls>();
        builder.Services.AddScoped<IReminderSource, ReviewReminders>();
        return builder;
    }

    /// <summary>The API for reviews, and the review page's report downloads.</summary>
    public static WebApplication MapReviewEndpoints(this WebApplication app)
    {
        app.MapApiGroup().MapReviews();
        app.MapReviewReport();
        return app;
    }
}
