using FactoryCps.Catalog;
using FactoryCps.Checklists;

namespace FactoryCps.Web.Checklists;

/// <summary>
/// A stored round as the core's self-assessment types (src/FactoryCps/Checklists/): its questions and answers, so
/// that disagreements, scores and comparisons are the core's rules, never recomputed here.
/// </summary>
internal static class RoundCore
{
    public static AssessmentScope Scope(AssessmentRound round) =>
        new(AssessmentRound.Split(round.ScopeZones), AssessmentRound.Split(round.ScopeSteps), AssessmentRound.Split(round.ScopeGroups));

    /// <summary>The round's questions as asked (rows whose checklist item left the catalogue are left out).</summary>
    public static IReadOnlyList<AssessmentQuestion> Questions(AssessmentRound round, GuidelineCatalog catalog)
    {
        var items = catalog.Checklist.ToDictionary(i => i.Id, StringComparer.Ordinal);
        return [.. round.Questions.OrderBy(q => q.Position).Where(q => items.ContainsKey(q.ItemId)).Select(q => new AssessmentQuestion(q.QuestionId, items[q.ItemId], q.Zone))];
    }

    public static IReadOnlyDictionary<string, AssessmentAnswer> Answers(AssessmentRound round) =>
        round.Questions.Where(q => q.IsAnswered).ToDictionary(q => q.QuestionId, Answer, StringComparer.Ordinal);

    public static AssessmentAnswer Answer(RoundQuestion q) => new(q.QuestionId, q.NotApplicable ? null : q.Level, q.NotApplicable, q.Reason, q.Comment);
}
