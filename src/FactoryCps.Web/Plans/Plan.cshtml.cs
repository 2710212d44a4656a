using FactoryCps.Plans;
using FactoryCps.Reports;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;
using FactoryCps.Web.Shared;
using FactoryCps.Web.Sites;
using FactoryCps.Web.Suppliers.Actions;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Plans;

/// <summary>
/// The site's action plan: missing, partial and planned countermeasures ranked by the risk they reduce, and the open
/// points of judged supplier questionnaires (issue 6) weighed in the same unit, in one list with owners and due
/// dates. People who manage suppliers assign the supplier actions and mark them done here. A long plan (a site of
/// thousands of assets) is shown a page at a time and can be searched (<see cref="ListQuery"/>).
/// </summary>
[SitePermission(SitePermission.View, SitePermission.ManageSuppliers)]
internal sealed class PlanModel(SiteAnalysis analysis, SupplierActions supplierActions) : SitePageModel
{
    public ReportContext? Report { get; private set; }

    /// <summary>Countermeasures and open supplier actions in one ranking (CombinedPlan).</summary>
    public IReadOnlyList<CombinedPlanEntry<PlannedSupplierAction>> Entries { get; private set; } = [];

    /// <summary>The page of <see cref="Entries"/> shown, after the search.</summary>
    internal ListPage<CombinedPlanEntry<PlannedSupplierAction>>? Shown { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>Why the last change of a supplier action was not stored (changed meanwhile, or a rule), shown above the list.</summary>
    public string? Problem { get; private set; }

    /// <summary>The supplier action the problem is about.</summary>
    public long? ProblemAction { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : BadRequest();

    public async Task<IActionResult> OnPostAssignAsync(long action, int version, string? owner, DateOnly? due)
    {
        if (!ModelState.IsValid)
        {
            return await RefusedAsync(action, Resources.WebText.SupplierActionBadInput, StatusCodes.Status422UnprocessableEntity);
        }

        return await AnsweredAsync(action, await supplierActions.AssignAsync(Access.Site.Id, action, version, owner, due, User.Actor(), HttpContext.RequestAborted));
    }

    public async Task<IActionResult> OnPostDoneAsync(long action, int version) =>
        await AnsweredAsync(action, await supplierActions.MarkDoneAsync(Access.Site.Id, action, version, User.Actor(), HttpContext.RequestAborted));

    private async Task<IActionResult> AnsweredAsync(long id, SupplierActionOutcome outcome)
    {
        switch (outcome.Kind)
        {
            case SupplierActionOutcomeKind.NotFound:
                return NotFound();
            case SupplierActionOutcomeKind.Done:
                return Redirect($"/sites/{SiteKey}/plan#supplier-action-{id}");
        }

        return await RefusedAsync(id, SupplierActionText.Problem(outcome), outcome.Kind == SupplierActionOutcomeKind.Stale ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity);
    }

    private async Task<IActionResult> RefusedAsync(long id, string problem, int status)
    {
        Problem = problem;
        ProblemAction = id;
        await LoadAsync();
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>False when the query asks for a page that does not exist or is malformed.</summary>
    private async Task<bool> LoadAsync()
    {
        Today = supplierActions.Today;
        Report = await analysis.ReportAsync(Access.Site, Lang.Current, HttpContext.RequestAborted);
        var planned = await supplierActions.PlannedAsync(Access.Site, openOnly: true, HttpContext.RequestAborted);
        Entries = CombinedPlan.Merge(
            Report?.Plan.Actions ?? [],
            planned.Select(p => new ExternalPlanItem<PlannedSupplierAction>(p, p.Weight.Score, p.Action.Blocking, p.Action.DueDate, p.Action.Id)));

        // A refused change re-shows the list from its first page; a request for a page is checked.
        var query = Request.Method == HttpMethods.Get ? ListQuery.Read(Request.Query) : ListQuery.First;
        Shown = query is null ? null : ListPage<CombinedPlanEntry<PlannedSupplierAction>>.Of(Entries, Matches(query), query);
        return Shown is not null;
    }

    private Func<CombinedPlanEntry<PlannedSupplierAction>, bool> Matches(ListQuery query) => entry =>
    {
        if (entry.Countermeasure is { } action)
        {
            return query.Matches(action.Countermeasure, Report?.CountermeasureTitle(action.Countermeasure), action.Status, Report?.Status(action.Status), action.Owner)
                || action.Zones.Any(z => query.Matches(z)) || action.Threats.Any(t => query.Matches(t));
        }

        var a = entry.External!.Item.Action;
        return query.Matches(a.TitleEn, a.TitleJa, a.ItemId, a.Owner, a.Status, a.Questionnaire?.Supplier?.Name, a.Questionnaire?.SuppliedItem?.Name)
            || entry.External.Item.Weight.Zones.Any(z => query.Matches(z));
    };
}
