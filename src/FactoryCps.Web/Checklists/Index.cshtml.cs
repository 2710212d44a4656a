using FactoryCps.Charts;
using FactoryCps.Checklists;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Checklists;

/// <summary>The site's self-assessment rounds, newest first, with each closed round's site score and their trend.</summary>
[SitePermission(SitePermission.View)]
internal sealed class IndexModel(RoundDesk desk, FactoryCps.Catalog.GuidelineCatalog catalog, TimeProvider time) : SitePageModel
{
    /// <summary>How the site's score is computed, shown on hover.</summary>
    public string SiteHow => ScoreExplanation.For(ScoreKind.Site, catalog, Lang.Current);

    public List<AssessmentRound> Rounds { get; private set; } = [];

    public Dictionary<int, double?> Scores { get; private set; } = [];

    /// <summary>The trend over closed rounds; null before the first closes (the page says so in words, not with an empty axis).</summary>
    public ChartPicture? Trend { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        Rounds = await desk.ListAsync(Access.Site.Id, HttpContext.RequestAborted);
        var trend = await desk.TrendAsync(Access.Site, HttpContext.RequestAborted);
        Scores = trend.ToDictionary(t => t.Round.Number, t => t.Score);
        Trend = trend.Count == 0 ? null : AssessmentTrendChart.Draw([.. trend.Select(t => new TrendPoint(t.Round.Title, DateOnly.FromDateTime(t.Round.ClosedAt!.Value.UtcDateTime), t.Score))], Lang.Current);
        return Page();
    }
}
