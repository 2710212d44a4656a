using System.Globalization;
using FactoryCps.Documents;
using FactoryCps.Localization;
using FactoryCps.Reviews;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Api;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Security;
using FactoryCps.Web.Shared;
using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Reviews;

/// <summary>
/// A review's report (the core's <see cref="ReviewReport"/>) as an A4 HTML page or a Word file, in ja or en (the
/// user's language when not asked): <c>GET /sites/{site}/reviews/{number}/report?format=html|docx&amp;lang=ja|en</c>
/// for the review page's links, and the same under /api/v1. Whoever may read the review may download it. The HTML is
/// a download (an attachment with its own CSP), never shown inside the app, whose CSP forbids its inline style.
/// </summary>
internal static class ReviewReportEndpoints
{
    public const string Path = "/sites/{site}/reviews/{number:int}/report";

    public const string Summary = "The review's report for the meeting and for management: ?format=html (A4, printable; the default) or docx (Word), ?lang=ja or en (the user's language when absent). Holds the review's head, its inputs, decisions, actions, the self-assessment scores over time, the next review and lines to sign.";

    public static WebApplication MapReviewReport(this WebApplication app)
    {
        app.MapGet(Path, DownloadAsync).WithMetadata(new SitePermissionAttribute(SitePermission.View));
        return app;
    }

    /// <summary>The review page's link to its report in a format, in the page's language.</summary>
    public static string Link(string siteKey, int number, string format) =>
        string.Create(CultureInfo.InvariantCulture, $"/sites/{siteKey}/reviews/{number}/report?format={format}&lang={Lang.Code}");

    public static async Task<IResult> DownloadAsync(
        int number, string? format, string? lang, SiteContext access, HttpContext context,
        ReviewDesk desk, ReviewInputsReader inputs, ReviewHistoryReader history, SiteAnalysis analysis, TimeProvider time)
    {
        var (chosen, language, problem) = DocumentRequests.Read(format, lang, DocumentFormats.All, "html", WebText.ReviewReportBadFormat);
        if (problem is not null)
        {
            return problem;
        }

        var site = access.Site;
        if (await desk.FindAsync(site.Id, number, context.RequestAborted) is not { } review
            || await analysis.ReportAsync(site, language, context.RequestAborted) is not { } words)
        {
            return Problems.NotFound();
        }

        var gathered = await inputs.ReadAsync(site, review, context.RequestAborted);
        var rounds = await history.RoundsAsync(site, context.RequestAborted);
        var document = ReviewReport.Build(Head(review, words.SiteName), gathered, rounds, words, SiteAnalysis.Version, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        return Results.File(
            DocumentFormats.Render(document, chosen),
            DocumentFormats.ContentType(chosen),
            string.Create(CultureInfo.InvariantCulture, $"{site.Key}-review-{review.Number}-{language.Code()}.{chosen}"));
    }

    private static ReviewReportHead Head(ReviewRecord review, string site) => new(
        site,
        review.Number,
        review.Kind,
        review.HeldOn,
        review.NextReview,
        review.ClosedAt,
        review.ClosedBy,
        review.Decisions,
        review.BcpRechecked,
        [.. review.Participants.OrderBy(p => p.Position).Select(p => new ReviewReportParticipant(p.Name, p.Role))],
        [.. review.Actions.OrderBy(a => a.Position).Select(a => new ReviewReportAction(a.Title, a.Owner, a.DueDate, a.DoneAt))]);
}
