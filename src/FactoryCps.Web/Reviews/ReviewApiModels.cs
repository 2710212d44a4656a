using FactoryCps.Reviews;

namespace FactoryCps.Web.Reviews;

/// <summary>A review in a list: number, kind, dates, state.</summary>
internal sealed record ReviewSummary(int Number, string Kind, DateOnly HeldOn, DateOnly NextReview, string State, bool BcpRechecked, DateTimeOffset? ClosedAt, string? ClosedBy, int Version)
{
    public static ReviewSummary Of(ReviewRecord r) => new(r.Number, r.Kind, r.HeldOn, r.NextReview, r.State, r.BcpRechecked, r.ClosedAt, r.ClosedBy, r.Version);
}

/// <summary>An action the review decided: its number within the review (from 1, its address), and its version (the ETag of marking it done).</summary>
internal sealed record ReviewActionDto(int Position, string Title, string? Owner, DateOnly? DueDate, string Status, DateTimeOffset? DoneAt, string? DoneBy, int Version)
{
    public static ReviewActionDto Of(ReviewAction a) => new(a.Position + 1, a.Title, a.Owner, a.DueDate, a.Status, a.DoneAt, a.DoneBy, a.Version);
}

/// <summary>A review with everything the meeting recorded.</summary>
internal sealed record ReviewDetail(ReviewSummary Review, string? Decisions, IReadOnlyList<ParticipantBody> Participants, IReadOnlyList<ReviewActionDto> Actions)
{
    public static ReviewDetail Of(ReviewRecord r) => new(
        ReviewSummary.Of(r),
        r.Decisions,
        [.. r.Participants.Select(p => new ParticipantBody(p.Name, p.Role))],
        [.. r.Actions.Select(ReviewActionDto.Of)]);
}

/// <summary>One reason a review is called for now: <c>none-recorded</c>, <c>overdue</c>, <c>new-objective</c>, <c>incident-closed</c> or <c>blocking-supplier-point</c>.</summary>
internal sealed record ReviewCallDto(string Reason, string? Subject, DateOnly Since, string Text)
{
    public static ReviewCallDto Of(ReviewCall c, string text) => new(ReviewDue.Code(c.Reason), c.Subject, c.Since, text);
}

/// <summary>
/// The inputs gathered for a review's period: the model's changes against the previous review's snapshot (none at the
/// first review), findings opened and closed, status changes, cases, new matches, suppliers, the self-assessment
/// change, requirement dates ahead and the BCP re-check state.
/// </summary>
internal sealed record ReviewInputsDto(
    DateTimeOffset? From,
    DateTimeOffset To,
    DateOnly NextReview,
    bool FirstReview,
    IReadOnlyList<FactoryCps.Diffs.ElementChange> ModelChanges,
    IReadOnlyList<FactoryCps.Findings.Finding> FindingsOpened,
    IReadOnlyList<FactoryCps.Findings.Finding> FindingsClosed,
    IReadOnlyList<StatusMove> StatusChanges,
    IReadOnlyList<CaseCounts> Cases,
    IReadOnlyList<CaseFact> CasesOpened,
    IReadOnlyList<CaseFact> CasesClosed,
    IReadOnlyList<CaseFact> CasesOverdue,
    IReadOnlyList<AdvisoryMatchFact> NewMatches,
    IReadOnlyList<SupplierReviewFact> SupplierReviewsClosed,
    IReadOnlyList<SupplierActionFact> OpenSupplierActions,
    AssessmentMoveDto? Assessment,
    IReadOnlyList<UpcomingDate> RequirementDates,
    BcpDto Bcp)
{
    public static ReviewInputsDto Of(ReviewInputs i) => new(
        i.Period.From, i.Period.To, i.Period.NextReview, i.ModelChanges is null,
        i.ModelChanges?.Elements ?? [], i.FindingsOpened, i.FindingsClosed, i.StatusChanges,
        i.CaseCounts, i.CasesOpened, i.CasesClosed, i.CasesOverdue, i.NewMatches, i.SupplierReviewsClosed, i.OpenSupplierActions,
        i.Assessment is { } a ? new AssessmentMoveDto(a.Latest, a.Previous, a.Difference) : null,
        i.RequirementDates,
        new BcpDto(ReviewWordsKey.Bcp(i.Bcp.State), i.Bcp.Reviewed, i.Bcp.NewestObjective));
}

internal sealed record AssessmentMoveDto(RoundFact Latest, RoundFact? Previous, double? Difference);

/// <summary>The BCP re-check's state: <c>current</c>, <c>never-reviewed</c> or <c>older-than-objective</c>.</summary>
internal sealed record BcpDto(string State, DateOnly? Reviewed, DateOnly? NewestObjective);

internal static class ReviewWordsKey
{
    public static string Bcp(BcpState state) => state switch
    {
        BcpState.Current => "current",
        BcpState.NeverReviewed => "never-reviewed",
        _ => "older-than-objective",
    };
}
