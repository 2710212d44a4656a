using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FactoryCps.Diagnostics;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FactoryCps.Web.Suppliers.Portal;

/// <summary>
/// Invitation links to the supplier portal. A token is 32 random bytes; only its SHA-256 is stored, so a copy of the
/// database opens no questionnaire, and the link is shown once, when created. Creating and revoking are audited.
/// </summary>
internal sealed class PortalInvitations(FcpsDbContext db, TimeProvider time, IOptions<SupplierOptions> options)
{
    public const string TokenPrefix = "fcpi_";

    public Task<List<PortalInvitation>> ListAsync(long questionnaireId, CancellationToken cancellationToken = default) =>
        db.PortalInvitations().AsNoTracking().Where(i => i.QuestionnaireId == questionnaireId).OrderByDescending(i => i.Id).ToListAsync(cancellationToken);

    /// <summary>Why the questionnaire takes no new link (see <see cref="Questionnaire.AcceptsInvitation"/>), in the rule's words.</summary>
    public static Message Refusal(Questionnaire questionnaire) =>
        new("SupplierRuleClosedNoInvitation", questionnaire.JudgedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A new link for the questionnaire's supplier; returns the token, which is never stored or shown again.</summary>
    public async Task<(PortalInvitation Invitation, string Token)> CreateAsync(Questionnaire questionnaire, string? recipient, Actor actor, CancellationToken cancellationToken = default)
    {
        if (questionnaire.AcceptsInvitation() is { } refusal)
        {
            throw new InvalidOperationException($"Questionnaire {questionnaire.Id} refuses invitations ({refusal}); callers check AcceptsInvitation first.");
        }

        var token = TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        var invitation = new PortalInvitation
        {
            SiteId = questionnaire.SiteId,
            QuestionnaireId = questionnaire.Id,
            SupplierId = questionnaire.SupplierId,
            TokenHash = Hash(token),
            Recipient = string.IsNullOrWhiteSpace(recipient) ? null : recipient.Trim()[..Math.Min(recipient.Trim().Length, 256)],
            CreatedAt = now,
            CreatedBy = actor.UserName,
            ExpiresAt = now.AddDays(options.Value.InvitationDays),
        };
        db.PortalInvitations().Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        SupplyAudit.Add(db, questionnaire.SiteId, actor, "invite", "invitations", Key(invitation), null, new { questionnaire = QuestionnaireDesk.Key(questionnaire), invitation.Recipient, invitation.ExpiresAt }, now);
        await db.SaveChangesAsync(cancellationToken);
        return (invitation, token);
    }

    /// <summary>Revokes one link of the questionnaire; false when it has no such link or it was revoked already.</summary>
    public async Task<bool> RevokeAsync(Questionnaire questionnaire, long invitationId, Actor actor, CancellationToken cancellationToken = default)
    {
        var invitation = await db.PortalInvitations().SingleOrDefaultAsync(i => i.QuestionnaireId == questionnaire.Id && i.Id == invitationId, cancellationToken);
        var now = time.GetUtcNow();
        if (invitation is null || !invitation.Revoke(actor.UserName, now))
        {
            return false;
        }

        SupplyAudit.Add(db, questionnaire.SiteId, actor, "revoke", "invitations", Key(invitation), null, new { questionnaire = QuestionnaireDesk.Key(questionnaire), invitation.RevokedAt }, now);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>What a link admits now, without using it (the landing page; a mail scanner's visit opens nothing); null for an unknown token.</summary>
    public async Task<(PortalInvitation Invitation, InvitationState State)?> PeekAsync(string? token, CancellationToken cancellationToken = default) =>
        await FindAsync(token, cancellationToken) is { } invitation ? (invitation, invitation.StateAt(time.GetUtcNow())) : null;

    /// <summary>Opens a link: the invitation and what it admits now (its use is recorded when valid); null for an unknown token.</summary>
    public async Task<(PortalInvitation Invitation, InvitationState State)?> OpenAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(token, cancellationToken) is not { } invitation)
        {
            return null;
        }

        var state = invitation.Use(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return (invitation, state);
    }

    private Task<PortalInvitation?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (token is null || !token.StartsWith(TokenPrefix, StringComparison.Ordinal) || token.Length > 100)
        {
            return Task.FromResult<PortalInvitation?>(null);
        }

        var hash = Hash(token);
        return db.PortalInvitations().SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
    }

    /// <summary>What the invitation behind a portal session admits now: revoking or expiry ends the session at once.</summary>
    public async Task<PortalInvitation?> ValidAsync(long invitationId, CancellationToken cancellationToken = default)
    {
        var invitation = await db.PortalInvitations().AsNoTracking().SingleOrDefaultAsync(i => i.Id == invitationId, cancellationToken);
        return invitation?.StateAt(time.GetUtcNow()) == InvitationState.Valid ? invitation : null;
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Key(PortalInvitation i) => i.Id.ToString(CultureInfo.InvariantCulture);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
