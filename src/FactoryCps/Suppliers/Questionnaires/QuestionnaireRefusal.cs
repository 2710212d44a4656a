namespace FactoryCps.Suppliers.Questionnaires;

/// <summary>Why a questionnaire refused a change: a code, not text; the web words each.</summary>
internal enum QuestionnaireRefusal
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
