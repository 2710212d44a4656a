using FactoryCps.Localization;
using FactoryCps.Suppliers;

namespace FactoryCps.Web.Suppliers.Questionnaires;

/// <summary>
/// A stored questionnaire as the domain's <see cref="QuestionnaireReview"/>: the questions as issued, the answers
/// and the judgements, restored through the review's own rules, so the verdict, coverage and open points the pages
/// show are the domain's, never recomputed here.
/// </summary>
internal static class StoredReview
{
    /// <exception cref="QuestionnaireRuleException">The stored rows break a rule (they are written through the same rules).</exception>
    public static QuestionnaireReview Of(Questionnaire q)
    {
        var items = q.Items.OrderBy(i => i.Position).ToList();
        var judged = items.Where(i => i.Judgement is not null).ToList();
        // A review closed before judgements were stored has none to restore; shown as not closed rather than refused.
        DateOnly? closedOn = q.IsJudged && q.JudgedAt is { } at && judged.Count == items.Count ? DateOnly.FromDateTime(at.UtcDateTime) : null;
        return new QuestionnaireReview(
            new SupplyRequest(q.Category, q.Phase, []),
            [.. items.Select(i => new QuestionnaireQuestion(i.ItemId, new LocalizedText(i.TextJa, i.TextEn), Basis(i.Basis), i.BasisRef))],
            Answers(items),
            judged.Select(Judgement),
            closedOn);
    }

    /// <summary>The stored answers in questionnaire order (AnswerComparison's input too).</summary>
    public static IEnumerable<SupplierAnswer> Answers(IEnumerable<QuestionnaireItem> items) =>
        items.OrderBy(i => i.Position)
            .Where(i => AnswerChoices.Parse(i.Answer) is not null)
            .Select(i => new SupplierAnswer(i.ItemId, AnswerChoices.Parse(i.Answer)!.Value, i.Comment));

    public static AnswerJudgement Judgement(QuestionnaireItem i) =>
        new(i.ItemId, i.Judgement == Questionnaire.Flagged ? JudgementKind.Flagged : JudgementKind.Accepted, i.JudgementNote, i.JudgementBlocking);

    /// <summary>The code of an open point's reason as stored on a <see cref="Actions.SupplierAction"/>.</summary>
    public static string ReasonCode(OpenPointReason reason) => reason.ToString().ToLowerInvariant();

    public static OpenPointReason Reason(string code) =>
        Enum.TryParse<OpenPointReason>(code, ignoreCase: true, out var reason) ? reason : OpenPointReason.Flagged;

    private static QuestionBasis Basis(string code) => code switch
    {
        "target-level" => QuestionBasis.TargetLevel,
        "requirement" => QuestionBasis.Requirement,
        "organisation" => QuestionBasis.Organisation,
        _ => QuestionBasis.Phase,
    };
}
