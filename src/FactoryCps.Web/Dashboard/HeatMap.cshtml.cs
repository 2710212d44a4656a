using FactoryCps.Analysis;
using FactoryCps.Charts;
using FactoryCps.Reports;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Dashboard;

/// <summary>
/// The drill-down of the dashboard's grouped pictures: the zones of one template and target level, one row each,
/// in the heat map, the coverage bars and a table linking each to its Step 2 page. Without a group it shows every
/// zone of the site one per row; a group no zone is in says so (the link may be older than the model).
/// </summary>
[SitePermission(SitePermission.View)]
internal sealed class HeatMapModel(SiteAnalysis analysis) : SitePageModel
{
    [BindProperty(SupportsGet = true, Name = "template")]
    public string? Template { get; set; }

    [BindProperty(SupportsGet = true, Name = "level")]
    public int? Level { get; set; }

    public ReportContext? Report { get; private set; }

    /// <summary>The group asked for, or null for every zone.</summary>
    public ChartGroup? Group { get; private set; }

    public IReadOnlyList<ZoneResult> Zones { get; private set; } = [];

    public string? HeatMapSvg { get; private set; }

    public string? CoverageSvg { get; private set; }

    public async Task OnGetAsync()
    {
        Report = await analysis.ReportAsync(Access.Site, Lang.Current, HttpContext.RequestAborted);
        if (Report is null)
        {
            return;
        }

        Group = Level is { } level ? new ChartGroup(Template ?? "", level) : null;
        var all = Report.Analysis.Zones.DistinctBy(z => z.Id);
        Zones = [.. Group is { } group ? all.Where(group.Holds) : all];
        if (Zones.Count == 0)
        {
            return;
        }

        var ids = Zones.Select(z => z.Id).ToHashSet(StringComparer.Ordinal);
        var rows = ChartRows.Of(Report.Analysis, Report.Catalog, Report.Language, ids.Contains);
        HeatMapSvg = RiskHeatMap.Render(Report.Analysis, Report.Catalog, Report.Language, rows, wholeSite: Group is null);
        CoverageSvg = CoverageChart.Render(Report.Plan, Report.Language, rows);
    }

    /// <summary>The page's heading: the group in words, or every zone.</summary>
    public string Heading => Report is { } r && Group is { } g ? ChartRows.Label(g, Zones.Count, r.Catalog, r.Language) : Resources.WebText.HeatMapAllZones;

    /// <summary>The highest risk of a zone's threats, for the table; null when none applies.</summary>
    public Threats.AppliedThreat? Highest(string zone) =>
        (_byZone ??= Report!.Analysis.Threats.ToLookup(t => t.Zone ?? "", StringComparer.Ordinal))[zone].MaxBy(t => t.Risk.Score);

    private ILookup<string, Threats.AppliedThreat>? _byZone;
}

/// <summary>Where a group of the dashboard's pictures drills down to.</summary>
internal static class HeatMapLinks
{
    public static string For(string site, ChartGroup group) =>
        $"/sites/{Uri.EscapeDataString(site)}/heatmap?template={Uri.EscapeDataString(group.Template)}&level={group.Level.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
