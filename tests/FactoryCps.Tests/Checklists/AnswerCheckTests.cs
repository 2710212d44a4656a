using FactoryCps.Checklists;
using static FactoryCps.Tests.Checklists.ChecklistFixture;

namespace FactoryCps.Tests.Checklists;

public sealed class AnswerCheckTests
{
    [Theory]
    [InlineData(5, false, null, null, "AnswerLevelOffScale")]
    [InlineData(-1, false, null, null, "AnswerLevelOffScale")]
    [InlineData(null, false, null, null, "AnswerNeedsLevel")]
    [InlineData(2, true, "reason", null, "AnswerLevelAndNotApplicable")]
    [InlineData(null, true, null, null, "AnswerReasonRequired")]
    [InlineData(null, true, "  ", null, "AnswerReasonRequired")]
    [InlineData(3, false, null, 4001, "AnswerCommentTooLong")]
    public void A_bad_answer_is_refused_with_a_clear_message_in_both_languages(int? level, bool notApplicable, string? reason, int? commentLength, string code)
    {
        var answer = new AssessmentAnswer("q-cm-net-dmz", level, notApplicable, reason, commentLength is { } n ? new string('x', n) : null);

        var problem = Assert.Single(AnswerCheck.Check(answer, Catalogue));

        Assert.Equal(code, problem.Code);
        Assert.Equal("q-cm-net-dmz", problem.QuestionId);
        Assert.NotEqual(problem.Message.Ja, problem.Message.En);
        Assert.DoesNotContain("{", problem.Message.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void A_level_on_the_scale_or_not_applicable_with_a_reason_is_accepted(int level)
    {
        Assert.Empty(AnswerCheck.Check(AssessmentAnswer.AtLevel("q", level, new string('x', AssessmentAnswer.MaxText)), Catalogue));
        Assert.Empty(AnswerCheck.Check(AssessmentAnswer.NotApplicableBecause("q", "no wireless at this site"), Catalogue));
    }

    [Fact]
    public void Answers_to_questions_not_asked_and_answers_given_twice_are_named()
    {
        var questions = AssessmentQuestions.For(Catalogue, Analyze(TwoZones), AssessmentScope.All);

        var problems = AnswerCheck.CheckAll(
            [
                AssessmentAnswer.AtLevel("q-cm-net-dmz", 3),
                AssessmentAnswer.AtLevel("q-cm-net-dmz", 2),
                AssessmentAnswer.AtLevel("q-cm-net-zone-firewall", 2), // asked per zone in this model
                AssessmentAnswer.AtLevel("q-cm-net-segmentation", 9),
            ],
            questions,
            Catalogue);

        Assert.Equal(["AnswerDuplicate", "AnswerUnknownQuestion", "AnswerLevelOffScale"], problems.Select(p => p.Code));
        Assert.Contains("q-cm-net-zone-firewall", problems[1].Message.Ja, StringComparison.Ordinal);
    }
}
