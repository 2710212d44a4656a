using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Cases.Roles;

/// <summary>Step 3: the site's OODA role assignment for the preventive and the damage stage.</summary>
[SitePermission(SitePermission.View, SitePermission.EditOoda)]
internal sealed class IndexModel(OodaRoles roles) : SitePageModel
{
    /// <summary>The site roles that can be given a phase of a case (the catalogue's vocabulary).</summary>
    public static IReadOnlyList<string> CaseRoles => FactoryCps.Catalog.GuidelineCatalog.CaseRoles;

    public List<OodaRow> Rows { get; private set; } = [];

    public bool Refused { get; private set; }

    public async Task OnGetAsync() => Rows = await roles.RowsAsync(Access.Site.Id, HttpContext.RequestAborted);

    // movedByShown is set by the form, so that "no role ticked" is told apart from a client that sends no roles.
    public async Task<IActionResult> OnPostAsync(string stage, string phase, string department, string decisionMaker, string[] movedBy, bool movedByShown, int? version)
    {
        // The preventive stage's observe row has no decision maker in the extension's table, so one may be left empty.
        decisionMaker ??= "";
        if (string.IsNullOrWhiteSpace(department) || department.Length > 200 || decisionMaker.Length > 200
            || movedBy.Any(r => !CaseRoles.Contains(r)) || (movedByShown && movedBy.Length == 0))
        {
            return BadRequest();
        }

        try
        {
            if (await roles.SaveAsync(Access.Site.Id, stage, phase, department.Trim(), decisionMaker.Trim(), movedByShown ? movedBy.Distinct().ToList() : null, version, User.Actor(), HttpContext.RequestAborted))
            {
                return Redirect($"/sites/{SiteKey}/step3#ooda-{stage}-{phase}");
            }
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }

        Refused = true;
        Response.StatusCode = StatusCodes.Status409Conflict;
        await OnGetAsync();
        return Page();
    }
}
