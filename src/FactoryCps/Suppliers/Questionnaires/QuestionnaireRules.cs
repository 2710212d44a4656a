namespace FactoryCps.Suppliers.Questionnaires;

/// <summary>
/// The review rules of an issued questionnaire (docs/suppliers.md): answers, evidence and judgements are taken until
/// the security department closes the review, after which the answers are a record. A refusal changes nothing.
/// </summary>
internal static class QuestionnaireRules
{
    public const string Issued = "issued";
    public const string Answered = "answered";
    public const string Judged = "judged";

    public const string Accepted = "accepted";
    public const string Flagged = "flagged";

    public const int MaxComment = SupplierAnswer.MaxCommentLength;

    /// <summary>Evidence files per questionnaire: enough for a document per question, not a place to store archives.</summary>
    public const int MaxFiles = 100;

    public static bool IsJudged(IQuestionnaire q) => q.Status == Judged;

    /// <summary>Records an answer to one question; the questionnaire is answered once every question has one.</summary>
    public static QuestionnaireRefusal? Answer(IQuestionnaire q, string itemId, AnswerChoice choice, string? comment, string answeredBy, DateTimeOffset now)
    {
        if (Open(q, itemId) is { } refusal)
        {
            return refusal;
        }

        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (comment?.Length > MaxComment)
        {
            return QuestionnaireRefusal.CommentTooLong;
        }

        var item = q.Items.Single(i => i.ItemId == itemId);
        if (item.Answer == choice.Code() && item.Comment == comment)
        {
            return null; // the same answer again changes nothing, not even who gave it
        }

        item.Answer = choice.Code();
        item.Comment = comment;
        WithdrawJudgement(item); // the reviewer judged the old answer (docs/suppliers.md, scoring rule 2)
        item.AnsweredBy = answeredBy;
        item.AnsweredAt = now;
        if (q.Items.All(i => i.Answer is not null))
        {
            q.Status = Answered;
        }

        q.Version++;
        return null;
    }

    /// <summary>Whether one more evidence file may be added to a question, given the files the questionnaire holds.</summary>
    public static QuestionnaireRefusal? AcceptsEvidence(IQuestionnaire q, string itemId, int filesHeld) =>
        Open(q, itemId) ?? (filesHeld >= MaxFiles ? QuestionnaireRefusal.TooManyFiles : null);

    /// <summary>
    /// Stores a judgement the domain's review has accepted (the caller checks it through
    /// <see cref="QuestionnaireReview"/> first).
    /// </summary>
    public static QuestionnaireRefusal? RecordJudgement(IQuestionnaire q, AnswerJudgement judgement, string judgedBy, DateTimeOffset now)
    {
        if (Open(q, judgement.ItemId) is { } refusal)
        {
            return refusal;
        }

        var item = q.Items.Single(i => i.ItemId == judgement.ItemId);
        item.Judgement = judgement.Kind == JudgementKind.Flagged ? Flagged : Accepted;
        item.JudgementNote = judgement.Note;
        item.JudgementBlocking = judgement.Blocking;
        item.JudgedBy = judgedBy;
        item.JudgedAt = now;
        q.Version++;
        return null;
    }

    /// <summary>Closes the review: no more answers, files or judgements. Every question must be judged.</summary>
    public static QuestionnaireRefusal? MarkJudged(IQuestionnaire q, string judgedBy, DateTimeOffset now)
    {
        if (IsJudged(q))
        {
            return QuestionnaireRefusal.Judged;
        }

        if (q.Items.Any(i => i.Judgement is null))
        {
            return QuestionnaireRefusal.NotJudged;
        }

        q.Status = Judged;
        q.JudgedBy = judgedBy;
        q.JudgedAt = now;
        q.Version++;
        return null;
    }

    /// <summary>
    /// A new invitation link only while the supplier can still answer: after the review is closed a link would be a
    /// live credential for nothing the supplier may change.
    /// </summary>
    public static QuestionnaireRefusal? AcceptsInvitation(IQuestionnaire q) => IsJudged(q) ? QuestionnaireRefusal.Judged : null;

    /// <summary>Whether the due date has passed without every answer (an open questionnaire on its due day is not late).</summary>
    public static bool IsOverdue(IQuestionnaire q, DateOnly today) => q.Status == Issued && q.DueDate is { } due && today > due;

    private static void WithdrawJudgement(IQuestionnaireItem item)
    {
        item.Judgement = null;
        item.JudgementNote = null;
        item.JudgementBlocking = false;
        item.JudgedBy = null;
        item.JudgedAt = null;
    }

    private static QuestionnaireRefusal? Open(IQuestionnaire q, string itemId) =>
        IsJudged(q) ? QuestionnaireRefusal.Judged
        : q.Items.All(i => i.ItemId != itemId) ? QuestionnaireRefusal.UnknownItem
        : null;
}
