namespace FactoryCps.Cases;

/// <summary>What people write into a case. Only the current phase's fields are taken; the others stay as they are.</summary>
internal sealed record CaseFields(
    string? Assessment = null,
    string? Decision = null,
    string? DecisionMakers = null,
    string? OperationImpact = null,
    string? WorkDone = null,
    string? Evidence = null);
