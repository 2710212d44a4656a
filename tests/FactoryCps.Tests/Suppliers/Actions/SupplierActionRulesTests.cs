using FactoryCps.Suppliers.Actions;

namespace FactoryCps.Tests.Suppliers.Actions;

/// <summary>The core's guards of a supplier action on a plain action: assigning, due dates, done; no web host, no database.</summary>
public sealed class SupplierActionRulesTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 29, 23, 30, 0, TimeSpan.FromHours(-5)); // 2026-11-30 in UTC

    private static PlainAction Action() => new() { Status = SupplierActionRules.Open, CreatedAt = Created };

    [Fact]
    public void Assigning_stores_a_trimmed_owner_and_the_due_date_and_raises_the_version_only_on_a_change()
    {
        var action = Action();
        Assert.Null(SupplierActionRules.Assign(action, "  sec-dept ", new DateOnly(2026, 11, 30)));
        Assert.Equal(("sec-dept", new DateOnly(2026, 11, 30), 2), (action.Owner, action.DueDate, action.Version));
        Assert.Null(SupplierActionRules.Assign(action, "sec-dept", new DateOnly(2026, 11, 30)));
        Assert.Equal(2, action.Version);
        Assert.Null(SupplierActionRules.Assign(action, " ", null));
        Assert.Equal(((string?)null, (DateOnly?)null, 3), (action.Owner, action.DueDate, action.Version));
    }

    [Fact]
    public void A_due_date_before_the_creation_day_and_an_overlong_owner_are_refused_and_change_nothing()
    {
        var action = Action();
        Assert.Equal(SupplierActionRefusal.DueBeforeCreation, SupplierActionRules.Assign(action, "sec-dept", new DateOnly(2026, 11, 29)));
        Assert.Equal(SupplierActionRefusal.OwnerTooLong, SupplierActionRules.Assign(action, new string('x', SupplierActionRules.MaxOwner + 1), null));
        Assert.Equal(((string?)null, (DateOnly?)null, 1), (action.Owner, action.DueDate, action.Version));
    }

    [Fact]
    public void A_done_action_is_neither_reassigned_nor_done_twice_and_is_never_overdue()
    {
        var action = Action();
        Assert.Null(SupplierActionRules.Assign(action, "sec-dept", new DateOnly(2026, 12, 10)));
        Assert.True(SupplierActionRules.IsOverdue(action, new DateOnly(2026, 12, 11)));
        Assert.False(SupplierActionRules.IsOverdue(action, new DateOnly(2026, 12, 10)));

        var at = new DateTimeOffset(2026, 12, 12, 9, 0, 0, TimeSpan.Zero);
        Assert.Null(SupplierActionRules.MarkDone(action, "lead@example.com", at));
        Assert.Equal((SupplierActionRules.Done, "lead@example.com", (DateTimeOffset?)at, 3), (action.Status, action.DoneBy, action.DoneAt, action.Version));
        Assert.Equal(SupplierActionRefusal.Done, SupplierActionRules.MarkDone(action, "other@example.com", at.AddDays(1)));
        Assert.Equal(SupplierActionRefusal.Done, SupplierActionRules.Assign(action, "someone-else", null));
        Assert.Equal(("sec-dept", "lead@example.com", 3), (action.Owner, action.DoneBy, action.Version));
        Assert.False(SupplierActionRules.IsOverdue(action, new DateOnly(2027, 1, 1)));
    }

    private sealed class PlainAction : ISupplierAction
    {
        public required string Status { get; set; }

        public DateTimeOffset CreatedAt { get; init; }

        public string? Owner { get; set; }

        public DateOnly? DueDate { get; set; }

        public DateTimeOffset? DoneAt { get; set; }

        public string? DoneBy { get; set; }

        public int Version { get; set; } = 1;
    }
}
