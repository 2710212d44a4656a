using FactoryCps.Localization;
using FactoryCps.Suppliers.Questionnaires;

namespace FactoryCps.Tests.Suppliers;

/// <summary>The scoring rules of docs/suppliers.md, one test (or more) per rule.</summary>
public sealed class QuestionnaireReviewTests
{
    private static readonly SupplyRequest Request = new("software", "contract", ["line"]);

    private static readonly QuestionnaireQuestion[] Questions =
    [
        new("q1", new LocalizedText("サポート方針", "Support policy?"), QuestionBasis.Phase),
        new("q2", new LocalizedText("構成要素の開示", "Component disclosure?"), QuestionBasis.Phase),
        new("q3", new LocalizedText("ライセンス", "Licences?"), QuestionBasis.Requirement, "eu-cra"),
    ];

    private static QuestionnaireReview Review(params (string Item, AnswerChoice Choice)[] answers) =>
        new(Request, Questions, answers.Select(a => new SupplierAnswer(a.Item, a.Choice, null)));

    private static string Key(Action action) => Assert.Throws<QuestionnaireRuleException>(action).Problem.Key;

    [Fact]
    public void A_fresh_review_is_incomplete_and_every_question_is_an_unanswered_open_point()
    {
        var review = Review();

        Assert.Equal(ReviewVerdict.Incomplete, review.Verdict);
        Assert.Equal(["q1", "q2", "q3"], review.OpenPoints.Select(p => p.ItemId));
        Assert.All(review.OpenPoints, p => Assert.Equal(OpenPointReason.Unanswered, p.Reason));
        Assert.Equal(new ReviewCoverage("software", "contract", 0, 3), review.Coverage);
    }

    [Fact]
    public void All_accepted_yes_or_not_applicable_is_acceptable_without_open_points()
    {
        var review = Review(("q1", AnswerChoice.Yes), ("q2", AnswerChoice.NotApplicable), ("q3", AnswerChoice.Yes));
        review.Accept("q1");
        review.Accept("q2");
        review.Accept("q3");

        Assert.Equal(ReviewVerdict.Acceptable, review.Verdict);
        Assert.Empty(review.OpenPoints);
        Assert.Equal(1.0, review.Coverage.Share);
    }

    [Fact]
    public void Answers_awaiting_judgement_keep_the_review_incomplete_and_are_not_open_points_yet()
    {
        var review = Review(("q1", AnswerChoice.No), ("q2", AnswerChoice.Yes), ("q3", AnswerChoice.Yes));
        review.Accept("q2");
        review.Accept("q3");

        Assert.Equal(ReviewVerdict.Incomplete, review.Verdict);
        Assert.Empty(review.OpenPoints);
        Assert.Equal(3, review.Coverage.Answered);
    }

    [Theory]
    [InlineData(AnswerChoice.Partly)]
    [InlineData(AnswerChoice.No)]
    public void Accepting_partly_or_no_needs_a_condition_and_then_makes_it_acceptable_with_conditions(AnswerChoice choice)
    {
        var review = Review(("q1", choice), ("q2", AnswerChoice.Yes), ("q3", AnswerChoice.Yes));
        review.Accept("q2");
        review.Accept("q3");

        Assert.Equal("SupplierRuleAcceptNeedsCondition", Key(() => review.Accept("q1", "  ")));
        review.Accept("q1", "Compensated by our firewall rule FW-12 until 2027-03");

        Assert.Equal(ReviewVerdict.AcceptableWithConditions, review.Verdict);
        var point = Assert.Single(review.OpenPoints);
        Assert.Equal((OpenPointReason.Condition, choice, "Compensated by our firewall rule FW-12 until 2027-03"), (point.Reason, point.Choice, point.Note));
    }

    [Fact]
    public void A_flag_needs_a_reason()
    {
        var review = Review(("q1", AnswerChoice.Yes));

        Assert.Equal("SupplierRuleFlagNeedsReason", Key(() => review.Flag("q1", " ")));
        Assert.Null(review.JudgementOf("q1"));
    }

    [Fact]
    public void A_note_longer_than_a_supplier_comment_is_refused_and_one_at_the_limit_is_kept()
    {
        var review = Review(("q1", AnswerChoice.Yes));

        Assert.Equal("SupplierRuleNoteTooLong", Key(() => review.Flag("q1", new string('x', AnswerJudgement.MaxNoteLength + 1))));
        Assert.Null(review.JudgementOf("q1"));

        review.Flag("q1", new string('x', AnswerJudgement.MaxNoteLength));
        Assert.Equal(AnswerJudgement.MaxNoteLength, review.JudgementOf("q1")!.Note!.Length);
    }

    [Fact]
    public void A_non_blocking_flag_makes_it_acceptable_with_conditions_and_an_open_point()
    {
        var review = Review(("q1", AnswerChoice.Yes), ("q2", AnswerChoice.Yes), ("q3", AnswerChoice.Yes));
        review.Accept("q1");
        review.Flag("q2", "No evidence attached");
        review.Accept("q3");

        Assert.Equal(ReviewVerdict.AcceptableWithConditions, review.Verdict);
        var point = Assert.Single(review.OpenPoints);
        Assert.Equal((OpenPointReason.Flagged, false, "No evidence attached"), (point.Reason, point.Blocking, point.Note));
    }

    [Fact]
    public void A_blocking_flag_makes_it_not_acceptable_whatever_else_is_accepted()
    {
        var review = Review(("q1", AnswerChoice.No), ("q2", AnswerChoice.Yes), ("q3", AnswerChoice.Yes));
        review.Flag("q1", "No support policy at all", blocking: true);
        review.Accept("q2");
        review.Accept("q3");

        Assert.Equal(ReviewVerdict.NotAcceptable, review.Verdict);
        Assert.True(Assert.Single(review.OpenPoints).Blocking);
    }

    [Fact]
    public void A_missing_answer_cannot_be_accepted_but_can_be_flagged_to_complete_the_review()
    {
        var review = Review(("q1", AnswerChoice.Yes), ("q2", AnswerChoice.Yes));
        review.Accept("q1");
        review.Accept("q2");

        Assert.Equal("SupplierRuleAcceptNeedsAnswer", Key(() => review.Accept("q3")));
        review.Flag("q3", "No answer after two reminders");

        Assert.Equal(ReviewVerdict.AcceptableWithConditions, review.Verdict);
        var point = Assert.Single(review.OpenPoints);
        Assert.Equal((OpenPointReason.Flagged, (AnswerChoice?)null), (point.Reason, point.Choice));
    }

    [Fact]
    public void Answers_and_judgements_only_for_the_questionnaires_items()
    {
        var review = Review();

        Assert.Equal("SupplierRuleUnknownItem", Key(() => review.Answer(new SupplierAnswer("q9", AnswerChoice.Yes, null))));
        Assert.Equal("SupplierRuleUnknownItem", Key(() => review.Flag("q9", "why")));
    }

    [Fact]
    public void One_answer_per_item_when_restoring()
    {
        Assert.Equal("SupplierRuleDuplicateAnswer", Key(() => Review(("q1", AnswerChoice.Yes), ("q1", AnswerChoice.No))));
    }

    [Fact]
    public void A_changed_answer_withdraws_its_judgement_an_identical_one_keeps_it()
    {
        var review = Review(("q1", AnswerChoice.Partly));
        review.Accept("q1", "Agreed plan");

        review.Answer(new SupplierAnswer("q1", AnswerChoice.Partly, "  "));
        Assert.NotNull(review.JudgementOf("q1"));

        review.Answer(new SupplierAnswer("q1", AnswerChoice.Partly, "Now with a plan"));
        Assert.Null(review.JudgementOf("q1"));

        review.Accept("q1", "Agreed plan");
        review.Answer(new SupplierAnswer("q1", AnswerChoice.Yes, "Now with a plan"));
        Assert.Null(review.JudgementOf("q1"));
    }

    [Fact]
    public void Only_a_complete_review_closes_and_a_closed_one_does_not_change()
    {
        var review = Review(("q1", AnswerChoice.Yes), ("q2", AnswerChoice.Yes), ("q3", AnswerChoice.Yes));
        review.Accept("q1");
        review.Accept("q2");

        Assert.Equal("SupplierRuleCloseIncomplete", Key(() => review.Close(SupplierSite.Today)));
        review.Accept("q3");
        review.Close(SupplierSite.Today);

        Assert.Equal(SupplierSite.Today, review.ClosedOn);
        Assert.Equal("SupplierRuleClosed", Key(() => review.Flag("q1", "late doubt")));
        Assert.Equal("SupplierRuleClosed", Key(() => review.Answer(new SupplierAnswer("q1", AnswerChoice.No, null))));
        Assert.Equal(ReviewVerdict.Acceptable, review.Verdict);
    }

    [Fact]
    public void A_stored_review_is_restored_through_the_same_rules()
    {
        var answers = new[] { new SupplierAnswer("q1", AnswerChoice.No, null), new SupplierAnswer("q2", AnswerChoice.Yes, null), new SupplierAnswer("q3", AnswerChoice.Yes, null) };
        var judgements = new[] { new AnswerJudgement("q1", JudgementKind.Flagged, "Gap", true), new AnswerJudgement("q2", JudgementKind.Accepted, null), new AnswerJudgement("q3", JudgementKind.Accepted, null) };

        var restored = new QuestionnaireReview(Request, Questions, answers, judgements, SupplierSite.Today);

        Assert.Equal((ReviewVerdict.NotAcceptable, (DateOnly?)SupplierSite.Today), (restored.Verdict, restored.ClosedOn));
        Assert.Equal("SupplierRuleAcceptNeedsCondition", Key(() => _ = new QuestionnaireReview(Request, Questions, answers, [new AnswerJudgement("q1", JudgementKind.Accepted, null)])));
    }

    [Fact]
    public void An_acceptance_is_never_blocking()
    {
        var review = Review(("q1", AnswerChoice.Yes));

        review.Judge(new AnswerJudgement("q1", JudgementKind.Accepted, null, Blocking: true));

        Assert.False(review.JudgementOf("q1")!.Blocking);
    }

    [Fact]
    public void Open_points_are_in_questionnaire_order_and_describe_an_action_in_both_languages()
    {
        var review = Review(("q3", AnswerChoice.No), ("q1", AnswerChoice.Partly));
        review.Flag("q3", "Licence list missing");
        review.Accept("q1", "Policy promised by March");

        var points = review.OpenPoints;

        Assert.Equal(["q1", "q2", "q3"], points.Select(p => p.ItemId));
        Assert.Equal([OpenPointReason.Condition, OpenPointReason.Unanswered, OpenPointReason.Flagged], points.Select(p => p.Reason));
        Assert.Equal("Obtain the supplier's answer: Component disclosure?", points[1].ActionTitle.En);
        Assert.Contains("構成要素の開示", points[1].ActionTitle.Ja, StringComparison.Ordinal);
        Assert.Equal(3, points.Select(p => p.ActionTitle.En.Split(':')[0]).Distinct().Count());
    }

    [Fact]
    public void Site_coverage_sums_reviews_per_category_and_phase_in_catalogue_order()
    {
        var software = Review(("q1", AnswerChoice.Yes));
        var softwareToo = Review(("q1", AnswerChoice.Yes), ("q2", AnswerChoice.No));
        var cloud = new QuestionnaireReview(new SupplyRequest("cloud", "operation", []), Questions, [new SupplierAnswer("q1", AnswerChoice.NotApplicable, null)]);

        var coverage = ReviewCoverage.BySiteCategoryAndPhase([software, cloud, softwareToo]);

        Assert.Equal([new ReviewCoverage("cloud", "operation", 1, 3), new ReviewCoverage("software", "contract", 3, 6)], coverage);
    }

    [Fact]
    public void A_question_listed_twice_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new QuestionnaireReview(Request, [Questions[0], Questions[0]]));
    }
}
