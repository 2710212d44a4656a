using FactoryCps.Acceptance;

namespace FactoryCps.Tests.Acceptance;

/// <summary>The one rule for accepted risks, findings and cases, day by day on a fixed calendar.</summary>
public sealed class AcceptanceRulesTests
{
    private static readonly DateOnly Accepted = new(2027, 1, 10);

    private static RiskAcceptance Risk(DateOnly? until = null, DateOnly? window = null, AcceptedKind kind = AcceptedKind.Risk, params CompensatingMeasure[] compensating) =>
        new(new AcceptedItem(kind, "malware-usb", "control"), "予備機で代替運転できる", until, window, 2, compensating, "exec@example.com", Accepted);

    private static AcceptanceNow On(DateOnly day, int importance = 2, Dictionary<string, string>? statuses = null) =>
        new(day, importance, id => statuses?.GetValueOrDefault(id));

    [Fact]
    public void It_holds_through_its_last_day_and_expires_the_day_after()
    {
        var acceptance = Risk(until: new DateOnly(2027, 3, 31));
        Assert.True(AcceptanceRules.Holds(acceptance, On(new DateOnly(2027, 3, 31))));
        var lapse = Assert.Single(AcceptanceRules.Lapses(acceptance, On(new DateOnly(2027, 4, 1))));
        Assert.Equal((LapseReason.Expired, "2027-03-31"), (lapse.Reason, lapse.After));
    }

    [Fact]
    public void A_case_waiting_for_a_maintenance_window_returns_when_the_window_has_passed_even_before_its_date()
    {
        var acceptance = Risk(until: new DateOnly(2027, 6, 30), window: new DateOnly(2027, 5, 6), kind: AcceptedKind.Case);
        Assert.Equal(new DateOnly(2027, 5, 6), acceptance.LastDay);
        Assert.True(AcceptanceRules.Holds(acceptance, On(new DateOnly(2027, 5, 6))));
        Assert.Equal([LapseReason.WindowPassed], AcceptanceRules.Lapses(acceptance, On(new DateOnly(2027, 5, 7))).Select(l => l.Reason));
        Assert.Equal([LapseReason.Expired, LapseReason.WindowPassed], AcceptanceRules.Lapses(acceptance, On(new DateOnly(2027, 7, 1))).Select(l => l.Reason));
    }

    [Fact]
    public void It_lapses_when_the_zone_becomes_more_important_but_not_when_it_becomes_less()
    {
        var acceptance = Risk(until: new DateOnly(2027, 12, 31));
        var lapse = Assert.Single(AcceptanceRules.Lapses(acceptance, On(new DateOnly(2027, 2, 1), importance: 3)));
        Assert.Equal((LapseReason.ImportanceRose, "2", "3"), (lapse.Reason, lapse.Before, lapse.After));
        Assert.True(AcceptanceRules.Holds(acceptance, On(new DateOnly(2027, 2, 1), importance: 1)));
    }

    [Theory]
    [InlineData("implemented", "implemented", true)]
    [InlineData("partial", "implemented", true)]
    [InlineData("implemented", "partial", false)]
    [InlineData("partial", "planned", false)]
    [InlineData("planned", "missing", false)]
    [InlineData("partial", "not-applicable", false)]
    [InlineData("partial", null, false)]
    public void It_lapses_when_a_compensating_countermeasure_is_worse_than_when_it_was_accepted(string then, string? now, bool holds)
    {
        var acceptance = Risk(new DateOnly(2027, 12, 31), null, AcceptedKind.Risk, new CompensatingMeasure("net-zone-firewall", then), new CompensatingMeasure("ops-backup", "implemented"));
        var statuses = new Dictionary<string, string> { ["ops-backup"] = "implemented" };
        if (now is not null)
        {
            statuses["net-zone-firewall"] = now;
        }

        var lapses = AcceptanceRules.Lapses(acceptance, On(new DateOnly(2027, 2, 1), statuses: statuses));
        Assert.Equal(holds, lapses.Count == 0);
        if (!holds)
        {
            Assert.Equal(new AcceptanceLapse(LapseReason.CompensationDropped, "net-zone-firewall", then, now), Assert.Single(lapses));
        }
    }

    [Fact]
    public void Its_holder_is_reminded_in_the_fourteen_days_up_to_its_last_day()
    {
        var acceptance = Risk(until: new DateOnly(2027, 3, 31));
        Assert.False(AcceptanceRules.RemindOn(acceptance, new DateOnly(2027, 3, 16)));
        Assert.True(AcceptanceRules.RemindOn(acceptance, new DateOnly(2027, 3, 17)));
        Assert.True(AcceptanceRules.RemindOn(acceptance, new DateOnly(2027, 3, 31)));
        Assert.False(AcceptanceRules.RemindOn(acceptance, new DateOnly(2027, 4, 1)));
    }

    [Fact]
    public void An_acceptance_as_entered_names_the_field_that_is_wrong()
    {
        Assert.Null(AcceptanceRules.Problem(Risk(until: new DateOnly(2027, 3, 31))));
        Assert.Equal(("reason", "required"), AcceptanceRules.Problem(Risk(until: new DateOnly(2027, 3, 31)) with { Reason = " " }));
        Assert.Equal(("until", "required"), AcceptanceRules.Problem(Risk()));
        Assert.Equal(("windowEnds", "case-only"), AcceptanceRules.Problem(Risk(window: new DateOnly(2027, 5, 6))));
        Assert.Equal(("until", "before-accepted"), AcceptanceRules.Problem(Risk(until: new DateOnly(2027, 1, 9))));
        Assert.Equal(("compensating[0].status", "unknown-status"), AcceptanceRules.Problem(Risk(new DateOnly(2027, 3, 31), null, AcceptedKind.Risk, new CompensatingMeasure("ops-backup", "done"))));
    }
}
