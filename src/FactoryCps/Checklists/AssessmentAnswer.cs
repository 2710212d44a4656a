namespace FactoryCps.Checklists;

/// <summary>
/// An answer to one question: a level on the catalogue's achievement scale (0–4), or not applicable with its reason;
/// a comment either way. Who answered and when, evidence and review are the stored round's (the web's), not this.
/// </summary>
internal sealed record AssessmentAnswer(string QuestionId, int? Level, bool NotApplicable, string? Reason = null, string? Comment = null)
{
    /// <summary>The longest reason or comment kept (characters), as the supplier questionnaire's answers.</summary>
    public const int MaxText = 4000;

    public static AssessmentAnswer AtLevel(string questionId, int level, string? comment = null) => new(questionId, level, false, null, comment);

    public static AssessmentAnswer NotApplicableBecause(string questionId, string reason, string? comment = null) => new(questionId, null, true, reason, comment);
}
