using FactoryCps.Reports;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Step2;

/// <summary>The site's action plan: missing, partial and planned countermeasures ranked by the risk they reduce, with owners and due dates.</summary>
[SitePermission(SitePermission.View)]
public sealed class PlanModel(SiteAnalysis analysis, Suppliers.SupplierActions supplierActions) : SitePageModel
{
    public ReportContext? Report { get; private set; }

    /// <summary>The open points of judged supplier questionnaires: actions of the plan too (issue 6).</summary>
    public List<Data.SupplierAction> SupplierActions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Report = await analysis.ReportAsync(Access.Site, Lang.Current, HttpContext.RequestAborted);
        SupplierActions = await supplierActions.ListAsync(Access.Site.Id, openOnly: true, HttpContext.RequestAborted);
    }
}
