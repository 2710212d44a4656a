using FactoryCps.Localization;
using FactoryCps.Suppliers.Questionnaires;
using FactoryCps.Web.Suppliers.Portal;
using FactoryCps.Web.Suppliers.Questionnaires;

namespace FactoryCps.Web.Suppliers.Pages;

/// <summary>
/// The domain's review of a questionnaire (StoredReview): verdict (<c>incomplete</c>, <c>acceptable</c>,
/// <c>acceptable-with-conditions</c>, <c>not-acceptable</c>), coverage, open points, and when it was closed.
/// </summary>
internal sealed record ReviewDto(string Verdict, int Answered, int Total, List<OpenPointDto> OpenPoints, DateTimeOffset? ClosedAt, string? ClosedBy)
{
    public static ReviewDto Of(Questionnaire q)
    {
        var review = StoredReview.Of(q);
        return new(Code(review.Verdict), review.Coverage.Answered, review.Coverage.Total, [.. review.OpenPoints.Select(OpenPointDto.Of)], q.JudgedAt, q.JudgedBy);
    }

    private static string Code(ReviewVerdict verdict) => verdict switch
    {
        ReviewVerdict.Acceptable => "acceptable",
        ReviewVerdict.AcceptableWithConditions => "acceptable-with-conditions",
        ReviewVerdict.NotAcceptable => "not-acceptable",
        _ => "incomplete",
    };
}

/// <summary>A point still open: the question, why (<c>flagged</c>, <c>condition</c>, <c>unanswered</c>), blocking or not, the reviewer's note.</summary>
internal sealed record OpenPointDto(string ItemId, string Reason, bool Blocking, string? Note, LocalizedText ActionTitle)
{
    public static OpenPointDto Of(OpenPoint p) => new(p.ItemId, StoredReview.ReasonCode(p.Reason), p.Blocking, p.Note, p.ActionTitle);
}

/// <summary>Issuing a questionnaire: the optional due date of the answers.</summary>
internal sealed record IssueBody(DateOnly? DueDate);

/// <summary>A judgement of one answer: <c>accepted</c> or <c>flagged</c>, a note (a flag's reason, an acceptance's condition), blocking (flags only).</summary>
internal sealed record JudgementBody(string? Judgement, string? Note, bool? Blocking);

/// <summary>A new invitation link, optionally naming the person it is for.</summary>
internal sealed record InvitationBody(string? Recipient);

/// <summary>An invitation link as listed: never the token (only its hash is stored).</summary>
internal sealed record InvitationDto(
    long Id,
    string? Recipient,
    string State,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt,
    string? RevokedBy,
    DateTimeOffset? FirstUsedAt,
    DateTimeOffset? LastUsedAt)
{
    public static InvitationDto Of(PortalInvitation i, DateTimeOffset now) =>
        new(i.Id, i.Recipient, i.StateAt(now).ToString().ToLowerInvariant(), i.CreatedAt, i.CreatedBy, i.ExpiresAt, i.RevokedAt, i.RevokedBy, i.FirstUsedAt, i.LastUsedAt);
}

/// <summary>The answer to creating an invitation: the only time the link and its token are given out.</summary>
internal sealed record NewInvitationDto(InvitationDto Invitation, string Link, string Token);

/// <summary>An imported workbook: the answers stored, and the questions left blank in the file (their stored answers kept).</summary>
internal sealed record WorkbookImportDto(int Questionnaire, int Version, List<ImportedAnswerDto> Accepted, List<string> Blank);

internal sealed record ImportedAnswerDto(string ItemId, string Answer, string? Comment);
