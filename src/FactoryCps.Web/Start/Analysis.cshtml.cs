using System.Text.Json.Nodes;
using FactoryCps.Reports;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Start;

/// <summary>
/// The set-up's end: the first analysis of what was entered (the same analysis the dashboard shows), its headline
/// figures and highest risks, and where to go on: the dashboard, Step 2's zones, the model as YAML.
/// </summary>
[SitePermission(SitePermission.View)]
internal sealed class AnalysisModel(SiteModelStore store, SiteAnalysis analysis) : SitePageModel
{
    public JsonObject? Document { get; private set; }

    public ReportContext? Report { get; private set; }

    /// <summary>The first stage still missing something, or null when the set-up is complete.</summary>
    public string? Missing { get; private set; }

    public async Task OnGetAsync()
    {
        Document = await store.DocumentAsync(Access.Site, HttpContext.RequestAborted);
        var resume = StartStages.Resume(Document);
        Missing = resume == StartStages.Analysis ? null : resume;
        Report = await analysis.ReportAsync(Access.Site, Lang.Current, HttpContext.RequestAborted);
    }
}
