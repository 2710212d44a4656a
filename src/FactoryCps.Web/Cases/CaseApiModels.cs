using FactoryCps.Cases;

namespace FactoryCps.Web.Cases;

/// <summary>A case in lists: enough to sort, filter and link.</summary>
internal sealed record CaseSummary(
    int Number, string Stage, string Phase, string Title, string Severity, double? Cvss, string? AssetId,
    DateTimeOffset OpenedAt, DateTimeOffset DueAt, bool Overdue, DateTimeOffset? ClosedAt, string? Resolution, bool Review, int Version)
{
    public static CaseSummary Of(OodaCase c, DateTimeOffset now) => new(
        c.Number, c.Stage, c.Phase, c.Title, c.Severity, c.Cvss, c.AssetId, c.OpenedAt, c.DueAt, c.IsOverdue(now), c.ClosedAt, c.Resolution, c.Match?.Review == true, c.Version);
}

internal sealed record CaseEventItem(DateTimeOffset At, string User, string Kind, string? From, string? To, string? Note);

/// <summary>A case with its record, the match that opened it, and its history.</summary>
internal sealed record CaseDetail(
    CaseSummary Case, string? Description, CaseMatch? Match, string? Assessment, string? Decision, string? DecisionMakers,
    string? OperationImpact, string? ApprovedBy, DateTimeOffset? ApprovedAt, string? WorkDone, string? Evidence,
    IReadOnlyList<string> MovedBy, IReadOnlyList<CaseEventItem> Events)
{
    public static CaseDetail Of(OodaCase c, IReadOnlyCollection<string> movers, DateTimeOffset now) => new(
        CaseSummary.Of(c, now), c.Description, c.Match, c.Assessment, c.Decision, c.DecisionMakers, c.OperationImpact,
        c.ApprovedBy, c.ApprovedAt, c.WorkDone, c.Evidence, [.. movers],
        [.. c.Events.Select(e => new CaseEventItem(e.At, e.UserName, e.Kind, e.FromPhase, e.ToPhase, e.Note))]);
}

/// <summary>POST …/cases: an incident report.</summary>
internal sealed record IncidentBody(string? Title, string? Description, string? Asset, string? Severity);

/// <summary>POST …/cases/{number}/{action}: the current phase's fields, and for close the resolution.</summary>
internal sealed record CaseChangeBody(
    string? Assessment = null, string? Decision = null, string? DecisionMakers = null, string? OperationImpact = null,
    string? WorkDone = null, string? Evidence = null, string? Resolution = null)
{
    public CaseFields Fields => new(Assessment, Decision, DecisionMakers, OperationImpact, WorkDone, Evidence);
}
