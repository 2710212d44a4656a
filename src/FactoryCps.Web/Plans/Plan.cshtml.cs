using FactoryCps.Plans;
using FactoryCps.Reports;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Reviews;
using FactoryCps.Web.Security;
using FactoryCps.Web.Shared;
using FactoryCps.Web.Sites;
using FactoryCps.Web.Suppliers.Actions;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Plans;

/// <summary>
/// The site's action plan: missing, partial and planned countermeasures ranked by the risk they reduce, and the open
/// points of judged supplier questionnaires (issue 6) weighed in the same unit, and the open actions of recorded
/// PDCA reviews placed by their due dates (issue 18), in one list with owners and due dates. People who manage
/// suppliers assign the supplier actions and mark them done here; a review's action is marked done by those who
/// record reviews, through the reviews page (its permission), and comes back here. A long plan (a site of
/// thousands of assets) is shown a page at a time and can be searched (<see cref="ListQuery"/>).
/// </summary>
[SitePermission(SitePermission.View, SitePermission.ManageSuppliers)]
internal sealed class PlanModel(SiteAnalysis analysis, SupplierActions supplierActions, ReviewDesk reviews) : SitePageModel
{
    public ReportContext? Report { get; private set; }

    /// <summary>Countermeasures, open supplier actions and open review actions in one ranking (CombinedPlan).</summary>
    public IReadOnlyList<CombinedPlanEntry<PlanItem>> Entries { get; private set; } = [];

    /// <summary>The page of <see cref="Entries"/> shown, after the search.</summary>
    internal ListPage<CombinedPlanEntry<PlanItem>>? Shown { get; private set; }

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
        var decided = await reviews.OpenActionsAsync(Access.Site.Id, HttpContext.RequestAborted);
        Entries = CombinedPlan.Merge(
            Report?.Plan.Actions ?? [],
            planned.Select(p => new ExternalPlanItem<PlanItem>(new SupplierPlanItem(p), p.Weight.Score, p.Action.Blocking, p.Action.DueDate, p.Action.Id))
                .Concat(decided.Select(d => ExternalPlanItem<PlanItem>.Dated(new ReviewPlanItem(d), d.Action.DueDate, d.Action.Id))),
            Today);

        // A refused change re-shows the list from its first page; a request for a page is checked.
        var query = Request.Method == HttpMethods.Get ? ListQuery.Read(Request.Query) : ListQuery.First;
        Shown = query is null ? null : ListPage<CombinedPlanEntry<PlanItem>>.Of(Entries, Matches(query), query);
        return Shown is not null;
    }

    private Func<CombinedPlanEntry<PlanItem>, bool> Matches(ListQuery query) => entry =>
    {
        if (entry.Countermeasure is { } action)
        {
            return query.Matches(action.Countermeasure, Report?.CountermeasureTitle(action.Countermeasure), action.Status, Report?.Status(action.Status), action.Owner)
                || action.Zones.Any(z => query.Matches(z)) || action.Threats.Any(t => query.Matches(t));
        }

        switch (entry.External!.Item)
        {
            case SupplierPlanItem { Planned: var p }:
                var a = p.Action;
                return query.Matches(a.TitleEn, a.TitleJa, a.ItemId, a.Owner, a.Status, a.Questionnaire?.Supplier?.Name, a.Questionnaire?.SuppliedItem?.Name)
                    || p.Weight.Zones.Any(z => query.Matches(z));
            case ReviewPlanItem { Planned: var d }:
                return query.Matches(d.Action.Title, d.Action.Owner, d.Action.Status, Resources.WebText.PlanSourceReview);
            default:
                return false;
        }
    };
}
