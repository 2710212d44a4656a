namespace FactoryCps.Suppliers.Questionnaires;

/// <summary>
/// What the review rules (<see cref="QuestionnaireRules"/>) read and write of an issued questionnaire: its status,
/// who closed the review, and its questions. The web's stored questionnaire implements it.
/// </summary>
internal interface IQuestionnaire
{
    /// <summary><see cref="QuestionnaireRules.Issued"/>, <see cref="QuestionnaireRules.Answered"/> or <see cref="QuestionnaireRules.Judged"/>.</summary>
    string Status { get; set; }

    DateOnly? DueDate { get; }

    DateTimeOffset? JudgedAt { get; set; }

    string? JudgedBy { get; set; }

    /// <summary>Raised by every change.</summary>
    int Version { get; set; }

    IEnumerable<IQuestionnaireItem> Items { get; }
}
