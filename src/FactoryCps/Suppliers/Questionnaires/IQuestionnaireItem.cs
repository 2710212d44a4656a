namespace FactoryCps.Suppliers.Questionnaires;

/// <summary>One question of an <see cref="IQuestionnaire"/>: the supplier's answer and the reviewer's judgement of it.</summary>
internal interface IQuestionnaireItem
{
    /// <summary>The catalogue item's id: the key answers and files refer to.</summary>
    string ItemId { get; }

    /// <summary>The answer's code (<see cref="AnswerChoices.Code"/>); null until answered.</summary>
    string? Answer { get; set; }

    string? Comment { get; set; }

    string? AnsweredBy { get; set; }

    DateTimeOffset? AnsweredAt { get; set; }

    /// <summary><see cref="QuestionnaireRules.Accepted"/> or <see cref="QuestionnaireRules.Flagged"/>; null until judged, and again when the answer changes.</summary>
    string? Judgement { get; set; }

    string? JudgementNote { get; set; }

    bool JudgementBlocking { get; set; }

    string? JudgedBy { get; set; }

    DateTimeOffset? JudgedAt { get; set; }
}
