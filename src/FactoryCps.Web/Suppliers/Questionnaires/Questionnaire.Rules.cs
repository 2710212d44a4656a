using FactoryCps.Suppliers;

namespace FactoryCps.Web.Suppliers.Questionnaires;

/// <summary>Why a questionnaire refused a change.</summary>
public enum QuestionnaireRefusal
{
    /// <summary>The security department has judged the answers: they are a record now, not a draft.</summary>
    Judged,

    /// <summary>No question of this questionnaire has that id.</summary>
    UnknownItem,

    CommentTooLong,

    TooManyFiles,

    /// <summary>Closing the review needs a judgement of every question (a missing answer may be flagged).</summary>
    NotJudged,

    /// <summary>Saved by someone else (the plant judging, another supplier person) since it was read: nothing was saved.</summary>
    ChangedMeanwhile,
}

public sealed partial class Questionnaire
{
    public const string Issued = "issued";
    public const string Answered = "answered";
    public const string JudgedStatus = "judged";

    public const string Accepted = "accepted";
    public const string Flagged = "flagged";

    public const int MaxComment = SupplierAnswer.MaxCommentLength;

    /// <summary>Evidence files per questionnaire: enough for a document per question, not a place to store archives.</summary>
    public const int MaxFiles = 100;

    public bool IsJudged => Status == JudgedStatus;

    /// <summary>Records an answer to one question; the questionnaire is answered once every question has one.</summary>
    public QuestionnaireRefusal? Answer(string itemId, AnswerChoice choice, string? comment, string answeredBy, DateTimeOffset now)
    {
        if (Open(itemId) is { } refusal)
        {
            return refusal;
        }

        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (comment?.Length > MaxComment)
        {
            return QuestionnaireRefusal.CommentTooLong;
        }

        var item = Items.Single(i => i.ItemId == itemId);
        if (item.Answer == choice.Code() && item.Comment == comment)
        {
            return null; // the same answer again changes nothing, not even who gave it
        }

        item.Answer = choice.Code();
        item.Comment = comment;
        WithdrawJudgement(item); // the reviewer judged the old answer (docs/suppliers.md, scoring rule 2)
        item.AnsweredBy = answeredBy;
        item.AnsweredAt = now;
        if (Items.All(i => i.Answer is not null))
        {
            Status = Answered;
        }

        Version++;
        return null;
    }

    /// <summary>Whether one more evidence file may be added to a question, given the files the questionnaire holds.</summary>
    public QuestionnaireRefusal? AcceptsEvidence(string itemId, int filesHeld) =>
        Open(itemId) ?? (filesHeld >= MaxFiles ? QuestionnaireRefusal.TooManyFiles : null);

    /// <summary>
    /// Stores a judgement the domain's review has accepted (QuestionnaireJudging checks it through
    /// <see cref="QuestionnaireReview"/> first).
    /// </summary>
    public QuestionnaireRefusal? RecordJudgement(AnswerJudgement judgement, string judgedBy, DateTimeOffset now)
    {
        if (Open(judgement.ItemId) is { } refusal)
        {
            return refusal;
        }

        var item = Items.Single(i => i.ItemId == judgement.ItemId);
        item.Judgement = judgement.Kind == JudgementKind.Flagged ? Flagged : Accepted;
        item.JudgementNote = judgement.Note;
        item.JudgementBlocking = judgement.Blocking;
        item.JudgedBy = judgedBy;
        item.JudgedAt = now;
        Version++;
        return null;
    }

    /// <summary>Closes the review: no more answers, files or judgements. Every question must be judged.</summary>
    public QuestionnaireRefusal? MarkJudged(string judgedBy, DateTimeOffset now)
    {
        if (IsJudged)
        {
            return QuestionnaireRefusal.Judged;
        }

        if (Items.Any(i => i.Judgement is null))
        {
            return QuestionnaireRefusal.NotJudged;
        }

        Status = JudgedStatus;
        JudgedBy = judgedBy;
        JudgedAt = now;
        Version++;
        return null;
    }

    /// <summary>Whether the due date has passed without every answer (an open questionnaire on its due day is not late).</summary>
    /// <summary>
    /// A new invitation link only while the supplier can still answer: after the review is closed a link would be a
    /// live credential for nothing the supplier may change.
    /// </summary>
    public QuestionnaireRefusal? AcceptsInvitation() => IsJudged ? QuestionnaireRefusal.Judged : null;

    public bool IsOverdue(DateOnly today) => Status == Issued && DueDate is { } due && today > due;

    private static void WithdrawJudgement(QuestionnaireItem item)
    {
        item.Judgement = null;
        item.JudgementNote = null;
        item.JudgementBlocking = false;
        item.JudgedBy = null;
        item.JudgedAt = null;
    }

    private QuestionnaireRefusal? Open(string itemId) =>
        IsJudged ? QuestionnaireRefusal.Judged
        : Items.All(i => i.ItemId != itemId) ? QuestionnaireRefusal.UnknownItem
        : null;
}
