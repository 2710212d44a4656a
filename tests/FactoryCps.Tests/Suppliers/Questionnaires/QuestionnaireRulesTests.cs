using FactoryCps.Suppliers.Questionnaires;

namespace FactoryCps.Tests.Suppliers.Questionnaires;

/// <summary>The core's questionnaire review rules on a plain questionnaire: no web host, no database.</summary>
public sealed class QuestionnaireRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);

    private static PlainQuestionnaire TwoQuestions() => new()
    {
        Status = QuestionnaireRules.Issued,
        Version = 1,
        Items = [new PlainItem { ItemId = "q1" }, new PlainItem { ItemId = "q2" }],
    };

    [Fact]
    public void A_questionnaire_is_answered_once_every_question_has_an_answer()
    {
        var q = TwoQuestions();
        Assert.Null(QuestionnaireRules.Answer(q, "q1", AnswerChoice.Yes, " patched monthly ", "Sato (Maker A)", Now));
        Assert.Equal(QuestionnaireRules.Issued, q.Status);
        Assert.Equal(("yes", "patched monthly", "Sato (Maker A)", Now), (q.Items[0].Answer, q.Items[0].Comment, q.Items[0].AnsweredBy, q.Items[0].AnsweredAt));
        Assert.Null(QuestionnaireRules.Answer(q, "q2", AnswerChoice.NotApplicable, null, "Sato (Maker A)", Now));
        Assert.Equal(QuestionnaireRules.Answered, q.Status);
        Assert.Equal(3, q.Version);
    }

    [Fact]
    public void The_same_answer_again_changes_nothing_not_even_who_gave_it()
    {
        var q = TwoQuestions();
        QuestionnaireRules.Answer(q, "q1", AnswerChoice.Partly, "x", "Sato", Now);
        Assert.Null(QuestionnaireRules.Answer(q, "q1", AnswerChoice.Partly, "x", "Suzuki", Now.AddHours(1)));
        Assert.Equal(("Sato", 2), (q.Items[0].AnsweredBy, q.Version));
    }

    [Fact]
    public void Unknown_questions_and_over_long_comments_are_refused_and_change_nothing()
    {
        var q = TwoQuestions();
        Assert.Equal(QuestionnaireRefusal.UnknownItem, QuestionnaireRules.Answer(q, "q9", AnswerChoice.Yes, null, "Sato", Now));
        Assert.Equal(QuestionnaireRefusal.CommentTooLong, QuestionnaireRules.Answer(q, "q1", AnswerChoice.Yes, new string('x', QuestionnaireRules.MaxComment + 1), "Sato", Now));
        Assert.All(q.Items, i => Assert.Null(i.Answer));
        Assert.Equal(1, q.Version);
    }

    [Fact]
    public void Closing_needs_every_judgement_and_afterwards_no_answer_file_or_judgement_is_taken()
    {
        var q = TwoQuestions();
        QuestionnaireRules.Answer(q, "q1", AnswerChoice.Yes, null, "Sato", Now);
        Assert.Null(QuestionnaireRules.RecordJudgement(q, new AnswerJudgement("q1", JudgementKind.Accepted, null), "lead", Now));
        Assert.Equal(QuestionnaireRefusal.NotJudged, QuestionnaireRules.MarkJudged(q, "lead", Now));
        QuestionnaireRules.Answer(q, "q2", AnswerChoice.No, "planned for 2027", "Sato", Now);
        Assert.Null(QuestionnaireRules.RecordJudgement(q, new AnswerJudgement("q2", JudgementKind.Flagged, "no date", true), "lead", Now));
        Assert.Null(QuestionnaireRules.MarkJudged(q, "lead", Now));
        Assert.True(QuestionnaireRules.IsJudged(q));

        Assert.Equal(QuestionnaireRefusal.Judged, QuestionnaireRules.Answer(q, "q2", AnswerChoice.Yes, null, "Sato", Now));
        Assert.Equal("no", q.Items[1].Answer);
        Assert.Equal(QuestionnaireRefusal.Judged, QuestionnaireRules.AcceptsEvidence(q, "q1", 0));
        Assert.Equal(QuestionnaireRefusal.Judged, QuestionnaireRules.RecordJudgement(q, new AnswerJudgement("q1", JudgementKind.Flagged, "late", false), "lead", Now));
        Assert.Equal(QuestionnaireRefusal.Judged, QuestionnaireRules.MarkJudged(q, "lead", Now));
    }

    [Fact]
    public void A_changed_answer_withdraws_its_judgement_and_the_same_answer_keeps_it()
    {
        var q = TwoQuestions();
        QuestionnaireRules.Answer(q, "q1", AnswerChoice.No, "next year", "Sato", Now);
        QuestionnaireRules.RecordJudgement(q, new AnswerJudgement("q1", JudgementKind.Accepted, "compensating firewall rule"), "lead", Now);
        QuestionnaireRules.Answer(q, "q1", AnswerChoice.No, " next year ", "Sato", Now);
        Assert.Equal(QuestionnaireRules.Accepted, q.Items[0].Judgement);
        QuestionnaireRules.Answer(q, "q1", AnswerChoice.Partly, "next year", "Sato", Now);
        Assert.Null(q.Items[0].Judgement);
        Assert.Null(q.Items[0].JudgementNote);
    }

    [Fact]
    public void Evidence_is_taken_for_known_questions_up_to_the_limit()
    {
        var q = TwoQuestions();
        Assert.Null(QuestionnaireRules.AcceptsEvidence(q, "q1", QuestionnaireRules.MaxFiles - 1));
        Assert.Equal(QuestionnaireRefusal.TooManyFiles, QuestionnaireRules.AcceptsEvidence(q, "q1", QuestionnaireRules.MaxFiles));
        Assert.Equal(QuestionnaireRefusal.UnknownItem, QuestionnaireRules.AcceptsEvidence(q, "q9", 0));
    }

    [Fact]
    public void An_open_questionnaire_is_late_the_day_after_its_due_date()
    {
        var q = TwoQuestions();
        q.DueDate = new DateOnly(2026, 5, 1);
        Assert.False(QuestionnaireRules.IsOverdue(q, new DateOnly(2026, 5, 1)));
        Assert.True(QuestionnaireRules.IsOverdue(q, new DateOnly(2026, 5, 2)));
        QuestionnaireRules.Answer(q, "q1", AnswerChoice.Yes, null, "Sato", Now);
        QuestionnaireRules.Answer(q, "q2", AnswerChoice.Yes, null, "Sato", Now);
        Assert.False(QuestionnaireRules.IsOverdue(q, new DateOnly(2026, 5, 2)));
    }

    private sealed class PlainQuestionnaire : IQuestionnaire
    {
        public required string Status { get; set; }

        public DateOnly? DueDate { get; set; }

        public DateTimeOffset? JudgedAt { get; set; }

        public string? JudgedBy { get; set; }

        public int Version { get; set; }

        public required List<PlainItem> Items { get; init; }

        IEnumerable<IQuestionnaireItem> IQuestionnaire.Items => Items;
    }

    private sealed class PlainItem : IQuestionnaireItem
    {
        public required string ItemId { get; init; }

        public string? Answer { get; set; }

        public string? Comment { get; set; }

        public string? AnsweredBy { get; set; }

        public DateTimeOffset? AnsweredAt { get; set; }

        public string? Judgement { get; set; }

        public string? JudgementNote { get; set; }

        public bool JudgementBlocking { get; set; }

        public string? JudgedBy { get; set; }

        public DateTimeOffset? JudgedAt { get; set; }
    }
}
