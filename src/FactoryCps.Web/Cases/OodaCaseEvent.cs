namespace FactoryCps.Web.Cases;

/// <summary>One step in a case's history: opened, updated, moved on, approved, closed. Shown on the case page.</summary>
internal sealed class OodaCaseEvent
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string UserName { get; set; }

    /// <summary><c>open</c>, <c>update</c>, <c>advance</c>, <c>approve</c> or <c>close</c>.</summary>
    public required string Kind { get; set; }

    public string? FromPhase { get; set; }

    public string? ToPhase { get; set; }

    public string? Note { get; set; }
}
