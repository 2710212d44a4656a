using FactoryCps.Reports;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Zones;

/// <summary>Step 2 for the whole site: each zone's policy (target level, threats, required measures, gaps).</summary>
[SitePermission(SitePermission.View)]
internal sealed class IndexModel(SiteAnalysis analysis) : SitePageModel
{
    public ReportContext? Report { get; private set; }

    public async Task OnGetAsync() => Report = await analysis.ReportAsync(Access.Site, Lang.Current, HttpContext.RequestAborted);
}
