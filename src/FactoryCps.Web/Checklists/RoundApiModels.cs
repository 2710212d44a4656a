namespace FactoryCps.Web.Checklists;

/// <summary>A round in lists: enough to sort, filter and link, with its site score once it is closed.</summary>
internal sealed record RoundSummary(
    int Number, string Title, string State, DateOnly DueDate, bool Overdue, DateTimeOffset CreatedAt, string CreatedBy,
    DateTimeOffset? ClosedAt, string? ClosedBy, string? Decision, string? DecisionReason, int Questions, int Answered, int Accepted, int Version)
{
    public static RoundSummary Of(AssessmentRound r, DateOnly today) => new(
        r.Number, r.Title, r.State, r.DueDate, !r.IsClosed && r.DueDate < today, r.CreatedAt, r.CreatedBy, r.ClosedAt, r.ClosedBy, r.Decision, r.DecisionReason,
        r.Questions.Count, r.Questions.Count(q => q.IsAnswered), r.Questions.Count(q => q.Review == RoundQuestion.Accepted), r.Version);
}

/// <summary>One question of a round with its answer and review; its version is the answer's If-Match.</summary>
internal sealed record RoundQuestionDto(
    string QuestionId, string ItemId, string Step, string? Group, string? Countermeasure, string? Zone, string Text,
    string? AssigneeUser, string? AssigneeRole, int? Level, bool NotApplicable, string? Reason, string? Comment, bool Prefilled,
    string? AnsweredBy, DateTimeOffset? AnsweredAt, string? Review, string? ReviewNote, string? ReviewedBy, DateTimeOffset? ReviewedAt, int Version)
{
    public static RoundQuestionDto Of(RoundQuestion q, string text) => new(
        q.QuestionId, q.ItemId, q.Step, q.Group, q.Countermeasure, q.Zone, text, q.AssigneeUser, q.AssigneeRole, q.Level, q.NotApplicable, q.Reason,
        q.Comment, q.Prefilled, q.AnsweredBy, q.AnsweredAt, q.Review, q.ReviewNote, q.ReviewedBy, q.ReviewedAt, q.Version);
}

/// <summary>A round with its scope, questions and, while open, its disagreements with the Step 2 statuses.</summary>
internal sealed record RoundDetail(
    RoundSummary Round, RoundScopeDto Scope, int? PrefilledFrom, IReadOnlyList<RoundQuestionDto> Questions, IReadOnlyList<DisagreementDto> Disagreements);

/// <summary>An answer whose status differs from the Step 2 status it speaks about (stored: the status read now; recorded: false when none is recorded, read as missing).</summary>
internal sealed record DisagreementDto(string QuestionId, string Countermeasure, string? Zone, string Stored, bool Recorded, string Answered)
{
    public static DisagreementDto Of(FactoryCps.Checklists.Disagreement d) => new(d.Question.Id, d.Countermeasure, d.Zone, d.Current, d.CurrentRecorded, d.Answered);
}

internal sealed record RoundScopeDto(IReadOnlyList<string> Zones, IReadOnlyList<string> Steps, IReadOnlyList<string> Groups);

/// <summary>POST …/assessments: a new round.</summary>
internal sealed record NewRoundBody(string? Title, DateOnly? DueDate, RoundScopeDto? Scope, bool Prefill = false, IReadOnlyList<AssignmentBody>? Assignments = null);

/// <summary>Who answers the questions of a step, group or zone (all when none is named): a user (their sign-in name) or a role.</summary>
internal sealed record AssignmentBody(string? Step = null, string? Group = null, string? Zone = null, string? User = null, string? Role = null);

/// <summary>PUT …/questions/{questionId}/answer: a level 0–4, or not applicable with a reason.</summary>
internal sealed record AnswerBody(int? Level = null, bool NotApplicable = false, string? Reason = null, string? Comment = null);

/// <summary>PUT …/questions/{questionId}/review: accept, or ask again with a note.</summary>
internal sealed record ReviewBody(string? Review = null, string? Note = null);

/// <summary>POST …/close: apply the round's result to the statuses, or keep them (a reason is required when they disagree).</summary>
internal sealed record CloseBody(bool Apply = false, string? Reason = null);
