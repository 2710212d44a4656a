using FactoryCps.Suppliers.Questionnaires;

namespace FactoryCps.Tests.Suppliers;

public sealed class AnswerComparisonTests
{
    private static SupplierAnswer A(string item, AnswerChoice choice, string? comment = null) => new(item, choice, comment);

    private static AnswerChange One(SupplierAnswer before, SupplierAnswer now) =>
        Assert.Single(AnswerComparison.Compare([before], [now]));

    [Theory]
    [InlineData(AnswerChoice.No, AnswerChoice.Partly, AnswerChangeKind.Improved)]
    [InlineData(AnswerChoice.No, AnswerChoice.Yes, AnswerChangeKind.Improved)]
    [InlineData(AnswerChoice.Partly, AnswerChoice.Yes, AnswerChangeKind.Improved)]
    [InlineData(AnswerChoice.Yes, AnswerChoice.Partly, AnswerChangeKind.Worsened)]
    [InlineData(AnswerChoice.Yes, AnswerChoice.No, AnswerChangeKind.Worsened)]
    [InlineData(AnswerChoice.Partly, AnswerChoice.No, AnswerChangeKind.Worsened)]
    [InlineData(AnswerChoice.Yes, AnswerChoice.NotApplicable, AnswerChangeKind.ApplicabilityChanged)]
    [InlineData(AnswerChoice.NotApplicable, AnswerChoice.No, AnswerChangeKind.ApplicabilityChanged)]
    [InlineData(AnswerChoice.NotApplicable, AnswerChoice.NotApplicable, AnswerChangeKind.Unchanged)]
    [InlineData(AnswerChoice.Partly, AnswerChoice.Partly, AnswerChangeKind.Unchanged)]
    public void Choices_are_ordered_yes_partly_no_and_not_applicable_is_its_own_change(AnswerChoice before, AnswerChoice now, AnswerChangeKind expected)
    {
        var change = One(A("q1", before), A("q1", now));

        Assert.Equal(expected, change.Kind);
        Assert.False(change.CommentChanged);
    }

    [Fact]
    public void A_different_comment_on_the_same_choice_is_a_comment_change_whitespace_is_not()
    {
        Assert.Equal(AnswerChangeKind.CommentChanged, One(A("q1", AnswerChoice.Yes, "ISO 27001"), A("q1", AnswerChoice.Yes, "ISO 27001 and 27017")).Kind);
        Assert.Equal(AnswerChangeKind.Unchanged, One(A("q1", AnswerChoice.Yes, null), A("q1", AnswerChoice.Yes, "  ")).Kind);
        Assert.Equal(AnswerChangeKind.Unchanged, One(A("q1", AnswerChoice.Yes, "ok "), A("q1", AnswerChoice.Yes, " ok")).Kind);
    }

    [Fact]
    public void A_comment_change_is_also_reported_alongside_a_change_of_choice()
    {
        var change = One(A("q1", AnswerChoice.No, "planned"), A("q1", AnswerChoice.Yes, "done in v2.1"));

        Assert.Equal((AnswerChangeKind.Improved, true), (change.Kind, change.CommentChanged));
        Assert.Equal(("planned", "done in v2.1"), (change.Previous!.Comment, change.Current!.Comment));
    }

    [Fact]
    public void New_and_removed_items_follow_the_current_round_then_the_previous_one()
    {
        var previous = new[] { A("q1", AnswerChoice.Yes), A("q2", AnswerChoice.No), A("q3", AnswerChoice.Partly) };
        var current = new[] { A("q4", AnswerChoice.Yes), A("q3", AnswerChoice.Partly), A("q1", AnswerChoice.No) };

        var changes = AnswerComparison.Compare(previous, current);

        Assert.Equal(
            [("q4", AnswerChangeKind.New), ("q3", AnswerChangeKind.Unchanged), ("q1", AnswerChangeKind.Worsened), ("q2", AnswerChangeKind.Removed)],
            changes.Select(c => (c.ItemId, c.Kind)));
        Assert.Null(changes[0].Previous);
        Assert.Null(changes[3].Current);
    }

    [Fact]
    public void An_item_answered_twice_in_a_round_is_refused()
    {
        Assert.Throws<ArgumentException>(() => AnswerComparison.Compare([A("q1", AnswerChoice.Yes), A("q1", AnswerChoice.No)], []));
    }
}
