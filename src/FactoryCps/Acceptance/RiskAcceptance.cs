namespace FactoryCps.Acceptance;

/// <summary>What an acceptance covers: a risk (a threat in a zone), a finding, or a vulnerability case.</summary>
internal enum AcceptedKind
{
    Risk,
    Finding,
    Case,
}

/// <summary>
/// The accepted item: for a risk the threat's id, for a finding its id and subject (<c>id|subject</c>), for a case its
/// number; <see cref="Zone"/> is the zone whose importance the acceptance relied on, when there is one.
/// </summary>
internal sealed record AcceptedItem(AcceptedKind Kind, string Key, string? Zone);

/// <summary>A countermeasure that stands in for the missing one, with the status it had when the risk was accepted.</summary>
internal sealed record CompensatingMeasure(string Countermeasure, string Status);

/// <summary>
/// A decision to carry a risk for a while (リスク受容): who accepted it and why, until when (a day, or the end of the
/// maintenance window a case's fix waits for), and what it relied on — the zone's importance then and the
/// compensating countermeasures' statuses then. <see cref="AcceptanceRules"/> says whether it still holds.
/// </summary>
internal sealed record RiskAcceptance(
    AcceptedItem Item,
    string Reason,
    DateOnly? Until,
    DateOnly? WindowEnds,
    int? ZoneImportance,
    IReadOnlyList<CompensatingMeasure> Compensating,
    string AcceptedBy,
    DateOnly AcceptedOn)
{
    /// <summary>The last day it holds: the earlier of its date and its window's end.</summary>
    public DateOnly? LastDay => (Until, WindowEnds) switch
    {
        ({ } until, { } window) => until < window ? until : window,
        ({ } until, null) => until,
        (null, { } window) => window,
        _ => null,
    };
}

/// <summary>The site as it is now, for what an acceptance relied on.</summary>
internal sealed record AcceptanceNow(DateOnly Today, int? ZoneImportance, Func<string, string?> StatusOf);

/// <summary>Why an acceptance no longer holds.</summary>
internal enum LapseReason
{
    /// <summary>Its last day has passed.</summary>
    Expired,

    /// <summary>The maintenance window it waited for has ended.</summary>
    WindowPassed,

    /// <summary>The zone it is in became more important than when it was accepted.</summary>
    ImportanceRose,

    /// <summary>A compensating countermeasure's status is worse than when it was accepted.</summary>
    CompensationDropped,
}

/// <summary>One reason with what changed: the countermeasure and its statuses, or the importance before and now.</summary>
internal sealed record AcceptanceLapse(LapseReason Reason, string? Countermeasure = null, string? Before = null, string? After = null);
