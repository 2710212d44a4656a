using System.Globalization;
using System.Security.Claims;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Suppliers.Portal;

/// <summary>
/// Where an invitation link leads. Opening the page uses nothing (a mail scanner following the link opens no
/// session); the supplier's button exchanges the token for a portal session bound to the one questionnaire, and
/// the token appears in no later address. An expired, revoked or unknown link gets a page saying so.
/// </summary>
[AllowAnonymous]
internal sealed class InviteModel(PortalInvitations invitations, QuestionnaireDesk desk) : PortalPageModel
{
    [FromRoute(Name = "token")]
    public string Token { get; set; } = "";

    public InvitationState? State { get; private set; }

    public Questionnaire? Questionnaire { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var found = await invitations.PeekAsync(Token, HttpContext.RequestAborted);
        return await ShowAsync(found?.Invitation, found?.State);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var found = await invitations.OpenAsync(Token, HttpContext.RequestAborted);
        if (found is not ({ } invitation, InvitationState.Valid)
            || await desk.FindByIdAsync(invitation.QuestionnaireId, HttpContext.RequestAborted) is not { } questionnaire)
        {
            return await ShowAsync(found?.Invitation, found?.State);
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, "portal-invitation:" + invitation.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, invitation.Recipient ?? questionnaire.Supplier?.Name ?? "supplier"),
                new Claim(PortalSetup.InvitationClaim, invitation.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(PortalSetup.QuestionnaireClaim, questionnaire.PublicId),
            ],
            PortalSetup.Scheme);
        await HttpContext.SignInAsync(PortalSetup.Scheme, new ClaimsPrincipal(identity), new AuthenticationProperties { ExpiresUtc = invitation.ExpiresAt, AllowRefresh = true });
        return LocalRedirect("/portal/questionnaires/" + questionnaire.PublicId);
    }

    private async Task<IActionResult> ShowAsync(PortalInvitation? invitation, InvitationState? state)
    {
        State = state;
        Response.Headers.CacheControl = "no-store";
        if (invitation is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        if (state != InvitationState.Valid)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }

        Questionnaire = await desk.FindByIdAsync(invitation.QuestionnaireId, HttpContext.RequestAborted);
        return Page();
    }
}
