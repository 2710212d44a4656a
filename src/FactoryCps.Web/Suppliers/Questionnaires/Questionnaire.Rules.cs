using FactoryCps.Suppliers.Questionnaires;

namespace FactoryCps.Web.Suppliers.Questionnaires;

/// <summary>The stored questionnaire under the core's review rules (FactoryCps.Suppliers.Questionnaires.QuestionnaireRules).</summary>
internal sealed partial class Questionnaire : IQuestionnaire
{
    public const string Issued = QuestionnaireRules.Issued;
    public const string Answered = QuestionnaireRules.Answered;
    public const string JudgedStatus = QuestionnaireRules.Judged;

    public const string Accepted = QuestionnaireRules.Accepted;
    public const string Flagged = QuestionnaireRules.Flagged;

    public const int MaxComment = QuestionnaireRules.MaxComment;

    /// <inheritdoc cref="QuestionnaireRules.MaxFiles"/>
    public const int MaxFiles = QuestionnaireRules.MaxFiles;

    public bool IsJudged => QuestionnaireRules.IsJudged(this);

    IEnumerable<IQuestionnaireItem> IQuestionnaire.Items => Items;

    /// <inheritdoc cref="QuestionnaireRules.Answer"/>
    public QuestionnaireRefusal? Answer(string itemId, AnswerChoice choice, string? comment, string answeredBy, DateTimeOffset now) =>
        QuestionnaireRules.Answer(this, itemId, choice, comment, answeredBy, now);

    /// <inheritdoc cref="QuestionnaireRules.AcceptsEvidence"/>
    public QuestionnaireRefusal? AcceptsEvidence(string itemId, int filesHeld) => QuestionnaireRules.AcceptsEvidence(this, itemId, filesHeld);

    /// <inheritdoc cref="QuestionnaireRules.RecordJudgement"/>
    public QuestionnaireRefusal? RecordJudgement(AnswerJudgement judgement, string judgedBy, DateTimeOffset now) =>
        QuestionnaireRules.RecordJudgement(this, judgement, judgedBy, now);

    /// <inheritdoc cref="QuestionnaireRules.MarkJudged"/>
    public QuestionnaireRefusal? MarkJudged(string judgedBy, DateTimeOffset now) => QuestionnaireRules.MarkJudged(this, judgedBy, now);

    /// <inheritdoc cref="QuestionnaireRules.AcceptsInvitation"/>
    public QuestionnaireRefusal? AcceptsInvitation() => QuestionnaireRules.AcceptsInvitation(this);

    /// <inheritdoc cref="QuestionnaireRules.IsOverdue"/>
    public bool IsOverdue(DateOnly today) => QuestionnaireRules.IsOverdue(this, today);
}
