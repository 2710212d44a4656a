using FactoryCps.Checklists;
using static FactoryCps.Tests.Checklists.ChecklistFixture;

namespace FactoryCps.Tests.Checklists;

public sealed class RoundComparisonTests
{
    [Fact]
    public void What_improved_and_what_worsened_since_the_previous_round_per_question_and_per_score()
    {
        var analysis = Analyze(TwoZones);
        var questions = AssessmentQuestions.For(Catalogue, analysis, new AssessmentScope([], ["1-1"], []));
        var ids = questions.Select(q => q.Id).ToList();
        var before = Answers(
            AssessmentAnswer.AtLevel(ids[0], 1),
            AssessmentAnswer.AtLevel(ids[1], 3),
            AssessmentAnswer.AtLevel(ids[2], 2),
            AssessmentAnswer.NotApplicableBecause(ids[3], "none"));
        var now = Answers(
            AssessmentAnswer.AtLevel(ids[0], 3),   // improved
            AssessmentAnswer.AtLevel(ids[1], 2),   // worsened
            AssessmentAnswer.AtLevel(ids[2], 2),   // unchanged
            AssessmentAnswer.AtLevel(ids[3], 4),   // was not applicable: not comparable
            AssessmentAnswer.AtLevel(ids[4], 1));  // unanswered before counts as 0: improved

        var comparison = RoundComparison.Compare(
            questions, before, AssessmentScoring.Compute(Catalogue, analysis, questions, before),
            questions, now, AssessmentScoring.Compute(Catalogue, analysis, questions, now));

        Assert.Equal([ids[0], ids[4]], comparison.Improved.Select(a => a.QuestionId));
        Assert.Equal([ids[1]], comparison.Worsened.Select(a => a.QuestionId));
        Assert.Equal(ChangeDirection.Unchanged, comparison.Answers.Single(a => a.QuestionId == ids[2]).Direction);
        Assert.Equal(ChangeDirection.NotComparable, comparison.Answers.Single(a => a.QuestionId == ids[3]).Direction);
        Assert.Equal(ChangeDirection.Unchanged, comparison.Answers.Single(a => a.QuestionId == ids[5]).Direction);

        // 6 / (4 × 6) before, 12 / (4 × 7) now.
        var site = comparison.Scores.Single(s => s.Kind == ScoreKind.Site);
        Assert.Equal(6.0 / 24, site.Before!.Value, 9);
        Assert.Equal(12.0 / 28, site.After!.Value, 9);
        Assert.Equal(ChangeDirection.Improved, site.Direction);
        Assert.Equal(ChangeDirection.Improved, comparison.Scores.Single(s => s.Kind == ScoreKind.Step && s.Key == "1-1").Direction);
    }

    [Fact]
    public void A_question_asked_in_one_round_only_is_listed_and_not_compared()
    {
        var analysis = Analyze(TwoZones);
        var previous = AssessmentQuestions.For(Catalogue, analysis, new AssessmentScope([], ["1-2"], []));
        var current = AssessmentQuestions.For(Catalogue, analysis, new AssessmentScope([], ["1-3"], []));

        var comparison = RoundComparison.Compare(
            previous, Answers(), AssessmentScoring.Compute(Catalogue, analysis, previous, Answers()),
            current, Answers(), AssessmentScoring.Compute(Catalogue, analysis, current, Answers()));

        Assert.Equal(previous.Count + current.Count, comparison.Answers.Count);
        Assert.All(comparison.Answers, a => Assert.Equal(ChangeDirection.NotComparable, a.Direction));
        Assert.Equal(ChangeDirection.NotComparable, comparison.Scores.Single(s => s.Kind == ScoreKind.Step).Direction);
        Assert.Equal(ChangeDirection.Unchanged, comparison.Scores.Single(s => s.Kind == ScoreKind.Site).Direction);
    }
}
