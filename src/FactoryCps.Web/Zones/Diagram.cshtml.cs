using FactoryCps.Web.Accounts;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using FactoryCps.Zones;

namespace FactoryCps.Web.Zones;

/// <summary>
/// The zone diagram, inline and full width, with its assets inside their zones on demand (<c>?assets=1</c>) and the
/// same content as a list for screen readers. The SVG escapes every name itself and uses presentation attributes
/// only (no inline CSS); it is drawn once per model revision and language (the cached report context holds it).
/// </summary>
[SitePermission(SitePermission.View)]
internal sealed class DiagramModel(SiteAnalysis analysis) : SitePageModel
{
    /// <summary>Whether the zones show their assets: <c>?assets=1</c>, the page's own toggle link.</summary>
    public bool Assets { get; private set; }

    public ZoneDiagramDrawing? Drawing { get; private set; }

    public async Task OnGetAsync()
    {
        Assets = Request.Query["assets"] == "1";
        var report = await analysis.ReportAsync(Access.Site, Lang.Current, HttpContext.RequestAborted);
        Drawing = report is null || report.Analysis.Zones.Count == 0 ? null : report.Diagram(Assets);
    }
}
