namespace FactoryCps.Cases;

/// <summary>
/// One step in a case's history as the state machine records it: <c>update</c>, <c>advance</c>, <c>approve</c>
/// or <c>close</c>, with the phases before and after and, for a close, the resolution as the note.
/// </summary>
internal sealed record CaseEvent(DateTimeOffset At, string UserName, string Kind, string? FromPhase, string? ToPhase, string? Note);
