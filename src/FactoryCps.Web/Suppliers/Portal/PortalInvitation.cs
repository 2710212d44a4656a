namespace FactoryCps.Web.Suppliers.Portal;

/// <summary>What an invitation link admits now.</summary>
internal enum InvitationState
{
    Valid,
    Expired,
    Revoked,
}

/// <summary>
/// An invitation link to the supplier portal: good for answering one questionnaire, until it expires or is revoked.
/// Only the token's SHA-256 is stored; the link itself is shown once, to whoever created it.
/// </summary>
internal sealed class PortalInvitation
{
    public long Id { get; set; }

    public int SiteId { get; set; }

    public long QuestionnaireId { get; set; }

    public int SupplierId { get; set; }

    /// <summary>SHA-256 of the token, lower-case hex.</summary>
    public required string TokenHash { get; set; }

    /// <summary>The person the link is for, as the plant names them; shown in the audit log with their answers.</summary>
    public string? Recipient { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    /// <summary>When the link was first opened, and last: a link nobody used can be told from one in use.</summary>
    public DateTimeOffset? FirstUsedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public InvitationState StateAt(DateTimeOffset now) =>
        RevokedAt is not null ? InvitationState.Revoked : now >= ExpiresAt ? InvitationState.Expired : InvitationState.Valid;

    /// <summary>Opens the link: refused when expired or revoked; otherwise records the use.</summary>
    public InvitationState Use(DateTimeOffset now)
    {
        var state = StateAt(now);
        if (state == InvitationState.Valid)
        {
            FirstUsedAt ??= now;
            LastUsedAt = now;
        }

        return state;
    }

    /// <summary>Ends the link at once; a portal session opened with it ends at its next request. False when already revoked.</summary>
    public bool Revoke(string by, DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            return false;
        }

        RevokedAt = now;
        RevokedBy = by;
        return true;
    }
}
