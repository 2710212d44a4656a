namespace FactoryCps.Cases;

/// <summary>
/// What the OODA state machine (<see cref="CaseStateMachine"/>) reads and writes of a case: its phase, the record
/// each phase needs, and its history. The web's stored case implements it, so the rules need no database to run.
/// </summary>
internal interface IOodaCase
{
    /// <summary><c>observe</c>, <c>orient</c>, <c>decide</c>, <c>act</c> or <c>closed</c> (<see cref="CasePhases"/>).</summary>
    string Phase { get; set; }

    string? Assessment { get; set; }

    string? Decision { get; set; }

    string? DecisionMakers { get; set; }

    string? OperationImpact { get; set; }

    string? ApprovedBy { get; set; }

    DateTimeOffset? ApprovedAt { get; set; }

    string? WorkDone { get; set; }

    string? Evidence { get; set; }

    string? Resolution { get; set; }

    DateTimeOffset DueAt { get; }

    DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Raised by every change (the state machine raises it as it records the change).</summary>
    int Version { get; set; }

    /// <summary>Adds one step to the case's history.</summary>
    void AddEvent(CaseEvent step);
}
