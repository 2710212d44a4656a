using FactoryCps.Findings;
using FactoryCps.Localization;
using FactoryCps.Reports;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Cases;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Reviews;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Html;

namespace FactoryCps.Web.Dashboard;

/// <summary>
/// The site at a glance: importance, coverage, top risks, findings (with the calls for a PDCA review), open actions,
/// overdue cases and overdue supplier actions. The content comes from <see cref="RenderedDashboards"/> when nothing it
/// shows has changed since: a review's call changes with a write (a review recorded, a case closed, a supplier point
/// opened or done), with the model (an objective) or with the day (the next review date passing), all in its stamp.
/// </summary>
[SitePermission(SitePermission.View)]
internal sealed class DashboardModel(
    SiteAnalysis analysis, OverdueCases cases, FactoryCps.Web.Suppliers.Actions.SupplierActions supplierActions, ReviewCalls reviewCalls, RenderedDashboards rendered, DashboardCharts charts) : SitePageModel
{
    private static readonly string[] Colours = ["#66bb6a", "#ffa726", "#e53935", "#8e24aa"];

    private DashboardStamp? _stamp;
    private DateTimeOffset? _nextDeadline;

    /// <summary>The content as rendered before for the same data, language and role; null when it is to be rendered now.</summary>
    public IHtmlContent? Rendered { get; private set; }

    public ReportContext? Report { get; private set; }

    /// <summary>The heat map and coverage: images of their own address, or in the page when their rows are links.</summary>
    public SiteCharts? Charts { get; private set; }

    public IReadOnlyList<ImportanceBar> ImportanceLevels { get; private set; } = [];

    /// <summary>Open cases past their deadline, oldest deadline first (Step 3).</summary>
    public IReadOnlyList<OodaCase> Overdue { get; private set; } = [];

    public int OpenCases { get; private set; }

    /// <summary>Open supplier actions of the plan, and how many of them are past their due date (issue 6).</summary>
    public int OpenSupplierActions { get; private set; }

    public int OverdueSupplierActions { get; private set; }

    /// <summary>Why a PDCA review is called for now (issue 18), as findings: one per reason, until a review is recorded.</summary>
    public IReadOnlyList<Finding> ReviewFindings { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var stamp = rendered.Stamp(Access);
        if (rendered.Find(stamp) is { } content)
        {
            Rendered = content;
            return;
        }

        _stamp = stamp;
        var open = await cases.ReadAsync(Access.Site.Id, stamp.At, HttpContext.RequestAborted);
        OpenCases = open.Open;
        Overdue = open.Overdue;
        _nextDeadline = open.NextDeadline;
        (OpenSupplierActions, OverdueSupplierActions) = await supplierActions.CountOpenAsync(Access.Site.Id, HttpContext.RequestAborted);
        Report = await analysis.ReportAsync(Access.Site, Lang.Current, HttpContext.RequestAborted);
        if (Report is null)
        {
            return;
        }

        ReviewFindings = ReviewPageWords.Findings(await reviewCalls.CallsAsync(Access.Site, HttpContext.RequestAborted), Report.Analysis.Model);
        Charts = await charts.ReadAsync(Access.Site, Lang.Current, HttpContext.RequestAborted);
        var assets = Report.Analysis.Assets;
        ImportanceLevels = [.. Report.Catalog.ImportanceScale.Select((level, index) =>
        {
            var count = assets.Count(a => a.Importance.Value == level.Value);
            return new ImportanceBar(level.Label, count, assets.Count == 0 ? 0 : 100 * count / assets.Count, Colours[Math.Min(index, Colours.Length - 1)]);
        })];
    }

    /// <summary>Keeps the content just rendered for the next views of the same data; returns it for this one.</summary>
    public IHtmlContent Keep(IHtmlContent content) =>
        _stamp is { } stamp ? rendered.Keep(stamp, content, _nextDeadline) : content;
}

internal sealed record ImportanceBar(LocalizedText Label, int Count, int Percent, string Colour);
