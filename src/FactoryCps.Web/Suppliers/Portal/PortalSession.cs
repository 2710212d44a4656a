using System.Globalization;
using System.Security.Claims;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Suppliers.Portal;

/// <summary>The questionnaire a portal session is bound to, and how the supplier's changes are recorded.</summary>
internal sealed record PortalSession(PortalInvitation Invitation, Questionnaire Questionnaire)
{
    /// <summary>
    /// The session's questionnaire when it is the one asked for; null otherwise (another questionnaire's id, a
    /// guessed one, an invitation revoked meanwhile), which the portal answers as 404.
    /// </summary>
    public static async Task<PortalSession?> ForAsync(ClaimsPrincipal user, string publicId, PortalInvitations invitations, QuestionnaireDesk desk, CancellationToken cancellationToken)
    {
        if (user.FindFirstValue(PortalSetup.QuestionnaireClaim) != publicId
            || !long.TryParse(user.FindFirstValue(PortalSetup.InvitationClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var invitationId)
            || await invitations.ValidAsync(invitationId, cancellationToken) is not { } invitation
            || await desk.FindByIdAsync(invitation.QuestionnaireId, cancellationToken) is not { } questionnaire
            || questionnaire.PublicId != publicId)
        {
            return null;
        }

        return new PortalSession(invitation, questionnaire);
    }

    /// <summary>The audit log's name for a supplier's change: the invitation it came through and the person's own name.</summary>
    public Actor Actor(string person) =>
        new(null, $"portal:{Invitation.Id.ToString(CultureInfo.InvariantCulture)} {person} ({Questionnaire.Supplier?.Name})");

    /// <summary>The person as recorded with an answer or a file.</summary>
    public string Person(string person) => $"{person} ({Questionnaire.Supplier?.Name})";
}
