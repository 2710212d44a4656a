using System.Text;
using FactoryCps.Charts;
using FactoryCps.Localization;
using FactoryCps.Web.Sites;
using Microsoft.Extensions.Caching.Memory;

namespace FactoryCps.Web.Dashboard;

/// <summary>
/// The dashboard's two pictures (risk heat map, coverage per zone) of a site drawn once per analysis (model
/// revision, day, language), shared by the dashboard's content and the pictures' own responses. On a site drawn
/// one zone per row the dashboard shows them as images of their own address: a reload then costs a 304, not the
/// pictures again, and the page people open most stays small (docs/performance.md, issue 16). Drawn in groups
/// (a large site) they stay in the page, since their rows are links to the groups' pages.
/// </summary>
internal sealed class DashboardCharts(SiteAnalysis analysis, IMemoryCache cache)
{
    public static readonly string[] Names = [HeatMap, Coverage];

    public const string HeatMap = "heat-map";

    public const string Coverage = "coverage";

    /// <summary>Both pictures of the site as it is now, in <paramref name="language"/>; null for a site without a model.</summary>
    public async Task<SiteCharts?> ReadAsync(SiteEntity site, Language language, CancellationToken cancellationToken)
    {
        var version = Version(site, analysis.Today, language);
        var key = (nameof(SiteCharts), site.Id, version);
        if (cache.TryGetValue(key, out SiteCharts? kept))
        {
            return kept;
        }

        if (await analysis.ReportAsync(site, language, cancellationToken) is not { } report)
        {
            return null;
        }

        var rows = ChartRows.Of(report.Analysis, report.Catalog, report.Language);
        var grouped = rows.Any(r => r.Group is not null);
        Func<ChartGroup, string> drillDown = g => HeatMapLinks.For(site.Key, g);
        var charts = new SiteCharts(
            version,
            grouped,
            RiskHeatMap.Draw(report.Analysis, report.Catalog, report.Language, rows, grouped ? drillDown : null),
            CoverageChart.Draw(report.Plan, report.Language, rows, grouped ? drillDown : null));
        cache.Set(key, charts, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(10), Size = 1 });
        return charts;
    }

    /// <summary>
    /// What the pictures were drawn from: the site (its row, so a site deleted and created again under the same
    /// key never matches), its model revision, the day (risks age), the language and this build (the drawing).
    /// </summary>
    public static string Version(SiteEntity site, DateOnly today, Language language) =>
        $"{SiteAnalysis.Version}.{site.Id}.{site.ModelRevision}.{today:yyyyMMdd}.{language.Code()}";
}

/// <summary>A site's two pictures, the version they were drawn under, and whether their rows are groups (links).</summary>
internal sealed record SiteCharts(string Version, bool Grouped, ChartPicture HeatMap, ChartPicture Coverage)
{
    public string ETag { get; } = $"\"{Version}\"";

    public ChartPicture this[string name] => name == DashboardCharts.HeatMap ? HeatMap : Coverage;

    /// <summary>The address of a picture as an image: the version in the query makes a new drawing a new address.</summary>
    public string Address(string site, string name) => $"/sites/{site}/charts/{name}.svg?v={Uri.EscapeDataString(Version)}";

    /// <summary>A picture as the file its address serves, encoded once.</summary>
    public byte[] Bytes(string name) => name == DashboardCharts.HeatMap ? _heatMap : _coverage;

    private readonly byte[] _heatMap = Encoding.UTF8.GetBytes(HeatMap.File());

    private readonly byte[] _coverage = Encoding.UTF8.GetBytes(Coverage.File());
}
