using FactoryCps.Localization;
using FactoryCps.Reports;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Cases;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Dashboard;

/// <summary>The site at a glance: importance, coverage, top risks, findings, open actions, overdue cases and overdue supplier actions.</summary>
[SitePermission(SitePermission.View)]
public sealed class DashboardModel(SiteAnalysis analysis, CaseHandling cases, FactoryCps.Web.Suppliers.Actions.SupplierActions supplierActions, TimeProvider time) : SitePageModel
{
    private static readonly string[] Colours = ["#66bb6a", "#ffa726", "#e53935", "#8e24aa"];

    public ReportContext? Report { get; private set; }

    public IReadOnlyList<ImportanceBar> ImportanceLevels { get; private set; } = [];

    /// <summary>Open cases past their deadline, oldest deadline first (Step 3).</summary>
    public List<OodaCase> Overdue { get; private set; } = [];

    public int OpenCases { get; private set; }

    /// <summary>Open supplier actions of the plan, and how many of them are past their due date (issue 6).</summary>
    public int OpenSupplierActions { get; private set; }

    public int OverdueSupplierActions { get; private set; }

    public async Task OnGetAsync()
    {
        var open = await cases.ListAsync(Access.Site.Id, includeClosed: false, HttpContext.RequestAborted);
        OpenCases = open.Count;
        Overdue = [.. open.Where(c => c.IsOverdue(time.GetUtcNow())).OrderBy(c => c.DueAt)];
        (OpenSupplierActions, OverdueSupplierActions) = await supplierActions.CountOpenAsync(Access.Site.Id, HttpContext.RequestAborted);
        Report = await analysis.ReportAsync(Access.Site, Lang.Current, HttpContext.RequestAborted);
        if (Report is null)
        {
            return;
        }

        var assets = Report.Analysis.Assets;
        ImportanceLevels = [.. Report.Catalog.ImportanceScale.Select((level, index) =>
        {
            var count = assets.Count(a => a.Importance.Value == level.Value);
            return new ImportanceBar(level.Label, count, assets.Count == 0 ? 0 : 100 * count / assets.Count, Colours[Math.Min(index, Colours.Length - 1)]);
        })];
    }
}

public sealed record ImportanceBar(LocalizedText Label, int Count, int Percent, string Colour);
