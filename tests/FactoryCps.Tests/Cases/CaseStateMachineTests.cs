using FactoryCps.Cases;

namespace FactoryCps.Tests.Cases;

/// <summary>The core's OODA state machine on a plain case: no web host, no database.</summary>
public sealed class CaseStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] SecurityOnly = ["security-lead"];
    private static readonly string[] Deciders = ["security-lead", "site-manager", "executive"];

    private static readonly CaseActor Lead = new("u1", "lead", "security-lead", false);
    private static readonly CaseActor Engineer = new("u2", "engineer", "engineer", false);
    private static readonly CaseActor Executive = new("u3", "boss", "executive", false);
    private static readonly CaseActor Admin = new("u4", "admin", null, true);

    private static PlainCase NewCase(string phase = CasePhases.Observe) => new() { Phase = phase };

    [Fact]
    public void Only_the_roles_of_the_current_phase_move_it_on()
    {
        var c = NewCase();

        Assert.Equal(CaseRefusal.NotYourPhase, CaseStateMachine.Advance(c, Engineer, SecurityOnly, 2, Now));
        Assert.Equal(CasePhases.Observe, c.Phase);
        Assert.Null(CaseStateMachine.Advance(c, Lead, SecurityOnly, 2, Now));
        Assert.Equal(CasePhases.Orient, c.Phase);
    }

    [Fact]
    public void Administrators_stand_in_for_any_role()
    {
        var c = NewCase();

        Assert.Null(CaseStateMachine.Advance(c, Admin, SecurityOnly, 2, Now));
        Assert.Equal(CasePhases.Orient, c.Phase);
    }

    [Fact]
    public void Orient_needs_an_assessment_before_decide()
    {
        var c = NewCase(CasePhases.Orient);

        Assert.Equal(CaseRefusal.AssessmentMissing, CaseStateMachine.Advance(c, Lead, SecurityOnly, 2, Now));
        Assert.Null(CaseStateMachine.Update(c, Lead, SecurityOnly, new CaseFields(Assessment: "Reachable from the DMZ; exploit public."), Now));
        Assert.Null(CaseStateMachine.Advance(c, Lead, SecurityOnly, 2, Now));
        Assert.Equal(CasePhases.Decide, c.Phase);
    }

    [Theory]
    [InlineData(null, "a", "b", CaseRefusal.DecisionMissing)]
    [InlineData("d", null, "b", CaseRefusal.DecisionMakersMissing)]
    [InlineData("d", "a", null, CaseRefusal.OperationImpactMissing)]
    public void Decide_needs_decision_makers_and_operation_impact(string? decision, string? makers, string? impact, CaseRefusal expected)
    {
        var c = NewCase(CasePhases.Decide);
        CaseStateMachine.Update(c, Lead, Deciders, new CaseFields(Decision: decision, DecisionMakers: makers, OperationImpact: impact), Now);

        Assert.Equal(expected, CaseStateMachine.Advance(c, Lead, Deciders, 2, Now));
        Assert.Equal(CasePhases.Decide, c.Phase);
    }

    [Fact]
    public void Importance_3_needs_managements_approval_and_only_management_gives_it()
    {
        var c = Decided();

        Assert.Equal(CaseRefusal.ApprovalMissing, CaseStateMachine.Advance(c, Lead, Deciders, 3, Now));
        Assert.Equal(CaseRefusal.NotManagement, CaseStateMachine.Approve(c, Lead, Now));
        Assert.Null(CaseStateMachine.Approve(c, Executive, Now));
        Assert.Equal("boss", c.ApprovedBy);
        Assert.Null(CaseStateMachine.Advance(c, Lead, Deciders, 3, Now));
        Assert.Equal(CasePhases.Act, c.Phase);
    }

    [Fact]
    public void Importance_2_does_not_need_management()
    {
        var c = Decided();

        Assert.Null(CaseStateMachine.Advance(c, Lead, Deciders, 2, Now));
        Assert.Equal(CasePhases.Act, c.Phase);
    }

    [Fact]
    public void Changing_an_approved_decision_withdraws_the_approval()
    {
        var c = Decided();
        CaseStateMachine.Approve(c, Executive, Now);

        CaseStateMachine.Update(c, Lead, Deciders, new CaseFields(Decision: "Replace the CPU module instead"), Now);

        Assert.Null(c.ApprovedBy);
        Assert.Equal(CaseRefusal.ApprovalMissing, CaseStateMachine.Advance(c, Lead, Deciders, 3, Now));
    }

    [Fact]
    public void Approval_is_given_only_while_deciding()
    {
        var c = NewCase(CasePhases.Orient);

        Assert.Equal(CaseRefusal.NotDeciding, CaseStateMachine.Approve(c, Executive, Now));
    }

    [Fact]
    public void Act_closes_only_with_work_and_evidence()
    {
        var c = NewCase(CasePhases.Act);
        string[] plant = ["site-manager", "engineer"];

        Assert.Equal(CaseRefusal.WorkMissing, CaseStateMachine.Advance(c, Engineer, plant, 2, Now));
        CaseStateMachine.Update(c, Engineer, plant, new CaseFields(WorkDone: "Firmware 1.300 installed on line 1"), Now);
        Assert.Equal(CaseRefusal.EvidenceMissing, CaseStateMachine.Advance(c, Engineer, plant, 2, Now));
        CaseStateMachine.Update(c, Engineer, plant, new CaseFields(Evidence: "Change record CR-1042"), Now);

        Assert.Null(CaseStateMachine.Advance(c, Engineer, plant, 2, Now));
        Assert.Equal(CasePhases.Closed, c.Phase);
        Assert.Equal("fixed", c.Resolution);
        Assert.Equal(Now, c.ClosedAt);
    }

    [Fact]
    public void A_closed_case_refuses_every_change()
    {
        var c = NewCase(CasePhases.Orient);
        CaseStateMachine.Update(c, Lead, SecurityOnly, new CaseFields(Assessment: "Firmware not in use"), Now);
        Assert.Null(CaseStateMachine.Close(c, Lead, SecurityOnly, "not-affected", 2, Now));

        Assert.Equal(CaseRefusal.Closed, CaseStateMachine.Advance(c, Admin, SecurityOnly, 2, Now));
        Assert.Equal(CaseRefusal.Closed, CaseStateMachine.Update(c, Admin, SecurityOnly, new CaseFields(Assessment: "x"), Now));
        Assert.Equal(CaseRefusal.Closed, CaseStateMachine.Approve(c, Admin, Now));
        Assert.Equal("Firmware not in use", c.Assessment);
    }

    [Theory]
    [InlineData(CasePhases.Observe, "not-affected", CaseRefusal.AssessmentMissing)]
    [InlineData(CasePhases.Orient, "accepted", CaseRefusal.DecisionMissing)]
    [InlineData(CasePhases.Orient, "fixed", CaseRefusal.ResolutionNotAllowed)]
    [InlineData(CasePhases.Decide, "mitigated", CaseRefusal.ResolutionNotAllowed)]
    [InlineData(CasePhases.Orient, "whatever", CaseRefusal.ResolutionNotAllowed)]
    public void Closing_early_follows_what_has_been_recorded(string phase, string resolution, CaseRefusal expected)
    {
        var c = NewCase(phase);

        Assert.Equal(expected, CaseStateMachine.Close(c, Admin, SecurityOnly, resolution, 2, Now));
        Assert.Equal(phase, c.Phase);
    }

    [Fact]
    public void Accepting_the_risk_of_an_important_asset_needs_management()
    {
        var c = Decided();

        Assert.Equal(CaseRefusal.ApprovalMissing, CaseStateMachine.Close(c, Lead, Deciders, "accepted", 3, Now));
        CaseStateMachine.Approve(c, Executive, Now);
        Assert.Null(CaseStateMachine.Close(c, Lead, Deciders, "accepted", 3, Now));
        Assert.Equal("accepted", c.Resolution);
    }

    [Fact]
    public void Every_change_is_in_the_history_and_raises_the_version()
    {
        var c = NewCase();
        CaseStateMachine.Advance(c, Lead, SecurityOnly, 2, Now);
        CaseStateMachine.Update(c, Lead, SecurityOnly, new CaseFields(Assessment: "a"), Now.AddHours(1));

        Assert.Equal(2, c.Version);
        Assert.Equal(["advance", "update"], c.Events.Select(e => e.Kind));
        Assert.Equal((CasePhases.Observe, CasePhases.Orient), (c.Events[0].FromPhase, c.Events[0].ToPhase));
        Assert.Equal("lead", c.Events[1].UserName);
    }

    [Fact]
    public void Saving_what_is_already_recorded_leaves_no_trace()
    {
        var c = NewCase(CasePhases.Orient);
        CaseStateMachine.Update(c, Lead, SecurityOnly, new CaseFields(Assessment: "a"), Now);

        Assert.Null(CaseStateMachine.Update(c, Lead, SecurityOnly, new CaseFields(Assessment: "a"), Now));

        Assert.Equal(1, c.Version);
        Assert.Single(c.Events);
    }

    [Fact]
    public void Overdue_only_while_open_and_past_the_deadline()
    {
        var c = NewCase();
        c.DueAt = Now;

        Assert.False(CaseStateMachine.IsOverdue(c, Now));
        Assert.True(CaseStateMachine.IsOverdue(c, Now.AddMinutes(1)));
        c.ClosedAt = Now;
        Assert.False(CaseStateMachine.IsOverdue(c, Now.AddDays(1)));
    }

    private static PlainCase Decided()
    {
        var c = NewCase(CasePhases.Decide);
        CaseStateMachine.Update(c, Lead, Deciders, new CaseFields(Decision: "Apply firmware 1.300", DecisionMakers: "Sato (security), Tanaka (plant)", OperationImpact: "Line 1 stops 2 h on Sunday"), Now);
        return c;
    }

    /// <summary>The least a case needs to be one: its fields, and a history that keeps what it is given.</summary>
    private sealed class PlainCase : IOodaCase
    {
        public required string Phase { get; set; }

        public string? Assessment { get; set; }

        public string? Decision { get; set; }

        public string? DecisionMakers { get; set; }

        public string? OperationImpact { get; set; }

        public string? ApprovedBy { get; set; }

        public DateTimeOffset? ApprovedAt { get; set; }

        public string? WorkDone { get; set; }

        public string? Evidence { get; set; }

        public string? Resolution { get; set; }

        public DateTimeOffset DueAt { get; set; }

        public DateTimeOffset? ClosedAt { get; set; }

        public int Version { get; set; }

        public List<CaseEvent> Events { get; } = [];

        public void AddEvent(CaseEvent step) => Events.Add(step);
    }
}
