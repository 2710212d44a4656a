using FactoryCps.Catalog;
using FactoryCps.Localization;
using FactoryCps.Resources;

namespace FactoryCps.Checklists;

/// <summary>What is wrong with an answer, in both languages; <see cref="Code"/> is the resource key, for tests and the API.</summary>
internal sealed record AnswerProblem(string QuestionId, string Code, LocalizedText Message);

/// <summary>
/// Checks answers against a round's questions and the catalogue's achievement scale: a known question, answered once,
/// with a level on the scale or "not applicable" with its reason (never both), texts within their length.
/// </summary>
internal static class AnswerCheck
{
    public static IReadOnlyList<AnswerProblem> Check(AssessmentAnswer answer, GuidelineCatalog catalog)
    {
        var problems = new List<AnswerProblem>();
        void Add(string code, params object?[] args) => problems.Add(new AnswerProblem(answer.QuestionId, code, ChecklistWords.Both(code, args)));

        var levels = string.Join(", ", catalog.AchievementScale.Select(l => l.Value));
        if (answer.NotApplicable && answer.Level is not null)
        {
            Add(nameof(ChecklistText.AnswerLevelAndNotApplicable));
        }
        else if (!answer.NotApplicable && answer.Level is null)
        {
            Add(nameof(ChecklistText.AnswerNeedsLevel), levels);
        }
        else if (answer.Level is { } level && !catalog.AchievementMapping.IsLevel(level))
        {
            Add(nameof(ChecklistText.AnswerLevelOffScale), level, levels);
        }

        if (answer.NotApplicable && string.IsNullOrWhiteSpace(answer.Reason))
        {
            Add(nameof(ChecklistText.AnswerReasonRequired));
        }

        if (answer.Reason?.Length > AssessmentAnswer.MaxText)
        {
            Add(nameof(ChecklistText.AnswerReasonTooLong), AssessmentAnswer.MaxText);
        }

        if (answer.Comment?.Length > AssessmentAnswer.MaxText)
        {
            Add(nameof(ChecklistText.AnswerCommentTooLong), AssessmentAnswer.MaxText);
        }

        return problems;
    }

    /// <summary>Every answer of a round checked, plus answers to questions the round does not ask and answers given twice.</summary>
    public static IReadOnlyList<AnswerProblem> CheckAll(IEnumerable<AssessmentAnswer> answers, IReadOnlyList<AssessmentQuestion> questions, GuidelineCatalog catalog)
    {
        var asked = questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<AnswerProblem>();
        foreach (var answer in answers)
        {
            if (!asked.Contains(answer.QuestionId))
            {
                problems.Add(new AnswerProblem(answer.QuestionId, nameof(ChecklistText.AnswerUnknownQuestion), ChecklistWords.Both(nameof(ChecklistText.AnswerUnknownQuestion), answer.QuestionId)));
                continue;
            }

            if (!seen.Add(answer.QuestionId))
            {
                problems.Add(new AnswerProblem(answer.QuestionId, nameof(ChecklistText.AnswerDuplicate), ChecklistWords.Both(nameof(ChecklistText.AnswerDuplicate), answer.QuestionId)));
                continue;
            }

            problems.AddRange(Check(answer, catalog));
        }

        return problems;
    }
}
