using FactoryCps.Diagnostics;

namespace FactoryCps.Checklists.Files;

/// <summary>
/// A self-assessment kept as code (<c>kind: assessment</c>, docs/assessment.md "Answers as code"): the site it
/// answers for, the round's title, due date and scope, and one answer per question id in the file's order.
/// </summary>
internal sealed record AssessmentDocument(string Site, AssessmentRoundHeader Round, IReadOnlyList<AssessmentFileAnswer> Answers)
{
    /// <summary>The only format this version reads and writes.</summary>
    public const int FormatVersion = 1;

    public const string Kind = "assessment";
}

/// <summary>What the file says of its round; every part optional (a template names no title).</summary>
internal sealed record AssessmentRoundHeader(string? Title, DateOnly? Due, AssessmentScope Scope)
{
    /// <summary>
    /// Which stored round the file was made from (the web writes it on download and reads it back on upload, as the
    /// workbook's identity <c>round</c>); a file made on the command line has none.
    /// </summary>
    public string? Id { get; init; }

    public static AssessmentRoundHeader Empty { get; } = new(null, null, AssessmentScope.All);
}

/// <summary>
/// One question's answer as written: a level 0–4, or not applicable with its reason, or neither (not answered
/// yet: a template's entries). <see cref="Location"/> is where the entry starts, for messages about it.
/// </summary>
internal sealed record AssessmentFileAnswer(string Question, int? Level, bool NotApplicable, string? Reason, string? Comment)
{
    public string? AnsweredBy { get; init; }

    public DateTimeOffset? AnsweredAt { get; init; }

    public SourceLocation? Location { get; init; }

    public bool IsAnswered => Level is not null || NotApplicable;

    /// <summary>An entry with nothing but its question id, as a template writes it.</summary>
    public static AssessmentFileAnswer Blank(string question) => new(question, null, false, null, null);

    /// <summary>An answer as the file keeps it (who and when are the caller's to add).</summary>
    public static AssessmentFileAnswer From(AssessmentAnswer answer) =>
        new(answer.QuestionId, answer.NotApplicable ? null : answer.Level, answer.NotApplicable, answer.NotApplicable ? answer.Reason : null, answer.Comment);

    /// <summary>The answer scored and compared; null for an entry not answered yet.</summary>
    public AssessmentAnswer? ToAnswer() => IsAnswered ? new AssessmentAnswer(Question, Level, NotApplicable, Reason, Comment) : null;
}
