using FactoryCps.Analysis;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Diagram;

/// <summary>Every derived importance and level with the chain of rules and values it came from.</summary>
[SitePermission(SitePermission.View)]
public sealed class ProvenanceModel(SiteAnalysis analysis) : SitePageModel
{
    public AnalysisResult? Analysis { get; private set; }

    public async Task OnGetAsync() => Analysis = await analysis.AnalyzeAsync(Access.Site, HttpContext.RequestAborted);
}
