using FactoryCps.Web.Accounts;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using FactoryCps.Zones;

namespace FactoryCps.Web.Zones;

/// <summary>The zone diagram, inline: the SVG escapes every name itself and uses presentation attributes only (no inline CSS).</summary>
[SitePermission(SitePermission.View)]
internal sealed class DiagramModel(SiteAnalysis analysis) : SitePageModel
{
    public string? Svg { get; private set; }

    public async Task OnGetAsync()
    {
        var report = await analysis.ReportAsync(Access.Site, Lang.Current, HttpContext.RequestAborted);
        Svg = report is null || report.Analysis.Zones.Count == 0 ? null : ZoneDiagram.Render(report.DiagramContent, standalone: false);
    }
}
