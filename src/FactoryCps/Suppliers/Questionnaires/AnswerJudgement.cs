namespace FactoryCps.Suppliers.Questionnaires;

/// <summary>The security department's decision on one answer.</summary>
internal enum JudgementKind
{
    /// <summary>The answer is good enough; for <c>partly</c> or <c>no</c> only with a note saying why (a condition).</summary>
    Accepted,

    /// <summary>The answer is not good enough as it stands: an open point to follow up.</summary>
    Flagged,
}

/// <summary>
/// A decision on the answer to <paramref name="ItemId"/>: <paramref name="Note"/> is the reason of a flag or the
/// condition of an acceptance; <paramref name="Blocking"/> flags make the supplied item not acceptable.
/// </summary>
internal sealed record AnswerJudgement(string ItemId, JudgementKind Kind, string? Note, bool Blocking = false)
{
    /// <summary>As long as a supplier's comment may be: the same column size on both databases.</summary>
    public const int MaxNoteLength = SupplierAnswer.MaxCommentLength;
}

/// <summary>The overall verdict on one questionnaire.</summary>
internal enum ReviewVerdict
{
    /// <summary>Some question has no judgement yet.</summary>
    Incomplete,

    /// <summary>Every answer accepted, each <c>yes</c> or <c>not-applicable</c>.</summary>
    Acceptable,

    /// <summary>No blocking flag, but flagged answers or accepted <c>partly</c> / <c>no</c> answers to follow up.</summary>
    AcceptableWithConditions,

    /// <summary>At least one blocking flag.</summary>
    NotAcceptable,
}
