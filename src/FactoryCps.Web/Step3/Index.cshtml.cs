using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Step3;

/// <summary>Step 3: the site's OODA role assignment for the preventive and the damage stage.</summary>
[SitePermission(SitePermission.View, SitePermission.EditOoda)]
public sealed class IndexModel(OodaRoles roles) : SitePageModel
{
    public List<OodaRow> Rows { get; private set; } = [];

    public bool Refused { get; private set; }

    public async Task OnGetAsync() => Rows = await roles.RowsAsync(Access.Site.Id, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync(string stage, string phase, string department, string decisionMaker, int? version)
    {
        if (string.IsNullOrWhiteSpace(department) || string.IsNullOrWhiteSpace(decisionMaker) || department.Length > 200 || decisionMaker.Length > 200)
        {
            return BadRequest();
        }

        try
        {
            if (await roles.SaveAsync(Access.Site.Id, stage, phase, department.Trim(), decisionMaker.Trim(), version, User.Actor(), HttpContext.RequestAborted))
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
