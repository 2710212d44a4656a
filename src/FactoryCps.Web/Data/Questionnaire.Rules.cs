using FactoryCps.Suppliers;

namespace FactoryCps.Web.Data;

/// <summary>Why a questionnaire refused a change.</summary>
public enum QuestionnaireRefusal
{
    /// <summary>The security department has judged the answers: they are a record now, not a draft.</summary>
    Judged,

    /// <summary>No question of this questionnaire has that id.</summary>
    UnknownItem,

    CommentTooLong,

    TooManyFiles,

    /// <summary>Judging needs an answer to every question.</summary>
    NotAnswered,
}

public sealed partial class Questionnaire
{
    public const string Issued = "issued";
    public const string Answered = "answered";
    public const string JudgedStatus = "judged";

    public const int MaxComment = 4000;

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

    /// <summary>Closes the answers for judgement (the judging itself is recorded by the security department's work).</summary>
    public QuestionnaireRefusal? MarkJudged(string judgedBy, DateTimeOffset now)
    {
        if (IsJudged)
        {
            return QuestionnaireRefusal.Judged;
        }

        if (Status != Answered)
        {
            return QuestionnaireRefusal.NotAnswered;
        }

        Status = JudgedStatus;
        JudgedBy = judgedBy;
        JudgedAt = now;
        Version++;
        return null;
    }

    /// <summary>Whether the due date has passed without every answer (an open questionnaire on its due day is not late).</summary>
    public bool IsOverdue(DateOnly today) => Status == Issued && DueDate is { } due && today > due;

    private QuestionnaireRefusal? Open(string itemId) =>
        IsJudged ? QuestionnaireRefusal.Judged
        : Items.All(i => i.ItemId != itemId) ? QuestionnaireRefusal.UnknownItem
        : null;
}
