namespace FactoryCps.Web.Checklists;

/// <summary>A new round as its creator asked for it.</summary>
internal sealed record NewRound(string Title, FactoryCps.Checklists.AssessmentScope Scope, DateOnly DueDate, bool Prefill, IReadOnlyList<Assignment> Assignments);

/// <summary>Who answers the questions of one step, countermeasure group or zone (all questions when all three are null): a user or a role.</summary>
internal sealed record Assignment(string? Step, string? Group, string? Zone, string? User, string? Role);

/// <summary>One answer as sent, with the question's version it was made against.</summary>
internal sealed record AnswerInput(string QuestionId, int ExpectedVersion, int? Level, bool NotApplicable, string? Reason, string? Comment);

/// <summary>One review as sent: accept, or ask again with a note.</summary>
internal sealed record ReviewInput(string QuestionId, int ExpectedVersion, bool Accept, string? Note);

/// <summary>Who acts, with their role at the site and whether they manage rounds (they may answer any question).</summary>
internal sealed record RoundActor(string? UserId, string UserName, string? Role, bool Manages);

/// <summary>Why a round refused a change; the API's <c>code</c> and the page's sentence come from it.</summary>
internal enum RoundRefusal
{
    NotFound,
    Closed,
    NotAssigned,
    LevelOutOfScale,
    ReasonRequired,
    LevelAndNotApplicable,
    TooLong,
    NotAnswered,
    NoteRequired,
    NotAllAccepted,
    KeepReasonRequired,
    StatusesRefused,
    NoQuestions,
    UnknownZone,
    ChangedMeanwhile,
}

/// <summary>
/// What became of a change: done, refused (the first refusal and the question it concerns), or stale — the
/// questions someone else changed meanwhile, shown with their answer as stored now so the caller loses nothing.
/// </summary>
internal sealed record RoundOutcome(RoundRefusal? Refusal, string? QuestionId, IReadOnlyList<RoundQuestion> Stale)
{
    public static RoundOutcome Done { get; } = new(null, null, []);

    public bool Succeeded => Refusal is null && Stale.Count == 0;

    public static RoundOutcome Refused(RoundRefusal refusal, string? questionId = null) => new(refusal, questionId, []);
}
