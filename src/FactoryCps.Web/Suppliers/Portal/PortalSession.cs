using System.Globalization;
using System.Security.Claims;
using FactoryCps.Web.Sites;
using FactoryCps.Web.Suppliers.Accounts;
using FactoryCps.Web.Suppliers.Questionnaires;

namespace FactoryCps.Web.Suppliers.Portal;

/// <summary>
/// The questionnaire a portal session reaches, and how the supplier's changes are recorded. A session comes from an
/// invitation link (one questionnaire) or a supplier account (every questionnaire of its supplier at its site).
/// </summary>
internal sealed record PortalSession(Questionnaire Questionnaire, PortalInvitation? Invitation, SupplierAccount? Account)
{
    /// <summary>
    /// The questionnaire asked for when the session may reach it; null otherwise (another supplier's or site's id, a
    /// guessed one, an invitation revoked or an account disabled meanwhile, a password still to be changed), which the
    /// portal answers as 404. Checked on every request: nothing is taken from the cookie but the ids.
    /// </summary>
    public static async Task<PortalSession?> ForAsync(ClaimsPrincipal user, string publicId, PortalInvitations invitations, SupplierSignIn accounts, QuestionnaireDesk desk, CancellationToken cancellationToken)
    {
        if (await PortalSetup.AccountAsync(user, accounts, cancellationToken) is { } account)
        {
            // The one-time password staff handed over opens nothing: staff saw it, so it must not answer as the supplier.
            return !account.MustChangePassword
                && await accounts.QuestionnaireIdAsync(account, publicId, cancellationToken) is { } id
                && await desk.FindByIdAsync(id, cancellationToken) is { } mine
                ? new PortalSession(mine, null, account)
                : null;
        }

        if (user.FindFirstValue(PortalSetup.QuestionnaireClaim) != publicId
            || !long.TryParse(user.FindFirstValue(PortalSetup.InvitationClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var invitationId)
            || await invitations.ValidAsync(invitationId, cancellationToken) is not { } invitation
            || await desk.FindByIdAsync(invitation.QuestionnaireId, cancellationToken) is not { } questionnaire
            || questionnaire.PublicId != publicId)
        {
            return null;
        }

        return new PortalSession(questionnaire, invitation, null);
    }

    /// <summary>An invitation asks who is answering; an account is a person already.</summary>
    public bool AsksPerson => Account is null;

    /// <summary>The name the forms start with: the invitation's recipient, or the account's person.</summary>
    public string? DefaultPerson => Account?.DisplayName ?? Invitation?.Recipient;

    /// <summary>The audit log's name for a supplier's change: the invitation or account it came through and the person.</summary>
    public Actor Actor(string person) => Account is { } a
        ? AccountActor(a)
        : new(null, $"portal:{Invitation!.Id.ToString(CultureInfo.InvariantCulture)} {person} ({Questionnaire.Supplier?.Name})");

    /// <summary>The audit log's name for an account's change (the account's supplier loaded).</summary>
    public static Actor AccountActor(SupplierAccount a) =>
        new(null, $"portal-account:{a.Id.ToString(CultureInfo.InvariantCulture)} {a.DisplayName} ({a.Supplier?.Name})");

    /// <summary>The person as recorded with an answer or a file (an account's own name, whatever a form says).</summary>
    public string Person(string person) => $"{Account?.DisplayName ?? person} ({Questionnaire.Supplier?.Name})";
}
