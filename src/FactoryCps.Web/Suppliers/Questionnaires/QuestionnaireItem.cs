using FactoryCps.Suppliers.Questionnaires;

namespace FactoryCps.Web.Suppliers.Questionnaires;

/// <summary>One question as issued (a snapshot of the generated question) and the supplier's answer to it.</summary>
internal sealed class QuestionnaireItem : IQuestionnaireItem
{
    public long Id { get; set; }

    public long QuestionnaireId { get; set; }

    /// <summary>Order of the questions as generated.</summary>
    public int Position { get; set; }

    /// <summary>The catalogue item's id (e.g. <c>sc-cloud-procurement-1</c>): the key answers and files refer to.</summary>
    public required string ItemId { get; set; }

    public required string TextJa { get; set; }

    public required string TextEn { get; set; }

    /// <summary><c>phase</c>, <c>target-level</c>, <c>requirement</c> or <c>organisation</c>.</summary>
    public required string Basis { get; set; }

    /// <summary>The zone or requirement the basis names, when it names one.</summary>
    public string? BasisRef { get; set; }

    /// <summary>The answer's code (<c>yes</c>, <c>partly</c>, <c>no</c>, <c>not-applicable</c>); null until answered.</summary>
    public string? Answer { get; set; }

    public string? Comment { get; set; }

    /// <summary>Who answered, as they named themselves (portal) or as the signed-in user.</summary>
    public string? AnsweredBy { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>The security department's judgement: <c>accepted</c> or <c>flagged</c>; null until judged, and again when the answer changes.</summary>
    public string? Judgement { get; set; }

    /// <summary>The flag's reason, or the condition of an accepted <c>partly</c> / <c>no</c>.</summary>
    public string? JudgementNote { get; set; }

    /// <summary>A blocking flag makes the supplied item not acceptable.</summary>
    public bool JudgementBlocking { get; set; }

    public string? JudgedBy { get; set; }

    public DateTimeOffset? JudgedAt { get; set; }

    public List<EvidenceFile> Evidence { get; set; } = [];
}
