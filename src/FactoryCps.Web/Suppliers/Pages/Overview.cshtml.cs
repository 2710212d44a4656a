using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;
using FactoryCps.Web.Suppliers.Actions;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Suppliers.Pages;

/// <summary>The site's supplier overview: coverage, open supplier actions (marked done here), re-assessments due, suppliers at risk.</summary>
[SitePermission(SitePermission.View, SitePermission.ManageSuppliers)]
internal sealed class OverviewModel(SupplierOverview overview, SupplierActions actions, SupplierReassessments reassessments) : SupplyPageModel
{
    public SupplierOverviewData? Data { get; private set; }

    public DateOnly Today { get; private set; }

    [FromQuery(Name = "done")]
    public bool MarkedDone { get; set; }

    /// <summary>Why marking done was not stored: the action changed meanwhile, or is done already.</summary>
    public string? Problem { get; private set; }

    public async Task OnGetAsync()
    {
        Today = reassessments.Today;
        Data = await overview.ForSiteAsync(Access.Site.Id, HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostDoneAsync(long action, int? version)
    {
        var outcome = await actions.MarkDoneAsync(Access.Site.Id, action, version, User.Actor(), HttpContext.RequestAborted);
        switch (outcome.Kind)
        {
            case SupplierActionOutcomeKind.NotFound:
                return NotFound();
            case SupplierActionOutcomeKind.Done:
                return Redirect($"/sites/{SiteKey}/suppliers/overview?done=true");
        }

        Problem = SupplierActionText.Problem(outcome);
        await OnGetAsync();
        Response.StatusCode = outcome.Kind == SupplierActionOutcomeKind.Stale ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
