using FactoryCps.Web.Suppliers.Accounts;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Suppliers.Portal;

/// <summary>
/// The portal's home. An invitation's session goes on to its one questionnaire; a supplier account sees its
/// supplier's questionnaires at its site (open and judged), once it has chosen its own password.
/// </summary>
[Authorize(Policy = PortalSetup.Policy)]
internal sealed class IndexModel(SupplierSignIn accounts) : PortalPageModel
{
    public SupplierAccount? Account { get; private set; }

    public List<Questionnaire> Questionnaires { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (User.FindFirst(PortalSetup.InvitationClaim) is not null)
        {
            return LocalRedirect("/portal/questionnaires/" + User.FindFirst(PortalSetup.QuestionnaireClaim)?.Value);
        }

        Account = await PortalSetup.AccountAsync(User, accounts, HttpContext.RequestAborted);
        if (Account is null)
        {
            return NotFound();
        }

        if (Account.MustChangePassword)
        {
            return LocalRedirect("/portal/password");
        }

        Questionnaires = await accounts.QuestionnairesAsync(Account, HttpContext.RequestAborted);
        return Page();
    }
}
