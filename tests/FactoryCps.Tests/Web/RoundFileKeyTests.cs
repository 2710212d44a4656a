using FactoryCps.Web.Checklists;

namespace FactoryCps.Tests.Web;

/// <summary>What a round's downloaded file says of itself: written and read back, foreign keys refused, whose questions, and what is stale.</summary>
public sealed class RoundFileKeyTests
{
    private static readonly DateTimeOffset Made = new(2026, 12, 7, 10, 15, 0, TimeSpan.Zero);

    private static RoundQuestion Question(string id, string? user = null, string? role = null, DateTimeOffset? answered = null, DateTimeOffset? reviewed = null) =>
        new() { QuestionId = id, ItemId = "i", Step = "2-2", AssigneeUser = user, AssigneeRole = role, AnsweredAt = answered, ReviewedAt = reviewed, Position = int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture) };

    [Fact]
    public void A_key_is_written_and_read_back_to_the_microsecond()
    {
        var at = Made.AddTicks(1_234_567); // 0.1234567 s: the last tick is dropped, as PostgreSQL keeps microseconds
        var all = RoundFileKey.For(3, new RoundActor(null, "lead@example.com", "security-lead", true), everything: true, at);
        var mine = RoundFileKey.For(3, new RoundActor(null, "engineer@example.com", "engineer", false), everything: false, at);

        Assert.Equal("3|all|20261207T101500.123456Z", all.ToString());
        Assert.Equal("3|mine|engineer@example.com|engineer|20261207T101500.123456Z", mine.ToString());
        Assert.Equal(all, RoundFileKey.Parse(all.ToString()));
        Assert.Equal(mine, RoundFileKey.Parse(mine.ToString()));
        Assert.Equal(Made.AddTicks(1_234_560), all.MadeAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("template")]
    [InlineData("3|all")]
    [InlineData("x|all|20261207T101500.000000Z")]
    [InlineData("3|some|20261207T101500.000000Z")]
    [InlineData("3|mine||engineer|20261207T101500.000000Z")]
    [InlineData("3|all|2026-12-07")]
    public void A_key_of_no_download_of_ours_is_none(string? text) => Assert.Null(RoundFileKey.Parse(text));

    [Fact]
    public void A_persons_file_holds_their_questions_their_roles_and_the_unassigned_in_the_rounds_order()
    {
        var round = new AssessmentRound
        {
            Title = "t",
            CreatedBy = "lead",
            State = AssessmentRound.Open,
            Questions = [Question("q3", user: "other@example.com"), Question("q1", user: "engineer@example.com"), Question("q2"), Question("q4", role: "engineer"), Question("q5", role: "viewer")],
        };

        var mine = RoundFileKey.For(1, new RoundActor(null, "engineer@example.com", "engineer", false), everything: false, Made);
        var all = RoundFileKey.For(1, new RoundActor(null, "engineer@example.com", "engineer", false), everything: true, Made);

        Assert.Equal(["q1", "q2", "q4"], mine.Questions(round).Select(q => q.QuestionId));
        Assert.Equal(["q1", "q2", "q3", "q4", "q5"], all.Questions(round).Select(q => q.QuestionId));
    }

    [Fact]
    public void A_question_answered_or_reviewed_after_the_file_was_made_is_stale()
    {
        var key = RoundFileKey.For(1, new RoundActor(null, "lead", null, true), everything: true, Made);

        Assert.False(key.ChangedSince(Question("q1")));
        Assert.False(key.ChangedSince(Question("q1", answered: Made)));
        Assert.True(key.ChangedSince(Question("q1", answered: Made.AddTicks(10))));
        Assert.True(key.ChangedSince(Question("q1", answered: Made.AddDays(-1), reviewed: Made.AddSeconds(1))));
    }
}
