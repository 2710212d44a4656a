using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Cases;

/// <summary>
/// A vulnerability or incident handled at one site through the extension's OODA loop (ext:3.3): opened in the
/// preventive stage by an advisory match, or in the damage stage by someone reporting that something differs
/// from normal. The core's state machine (FactoryCps.Cases.CaseStateMachine) guards its phase changes: only the
/// people the site's OODA assignment names for the current phase move it on, and each phase needs its record first.
/// </summary>
internal sealed partial class OodaCase
{
    public long Id { get; set; }

    public int SiteId { get; set; }

    /// <summary>Per-site number people quote (#12); the id stays internal.</summary>
    public int Number { get; set; }

    /// <summary><c>preventive</c> (予防保全段階) or <c>damage</c> (被害発生段階).</summary>
    public required string Stage { get; set; }

    /// <summary><c>observe</c>, <c>orient</c>, <c>decide</c>, <c>act</c> or <c>closed</c>.</summary>
    public required string Phase { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    /// <summary>The model asset concerned; optional for an incident nobody has placed yet.</summary>
    public string? AssetId { get; set; }

    /// <summary><c>critical</c>, <c>high</c>, <c>medium</c> or <c>low</c>; sets the deadline.</summary>
    public required string Severity { get; set; }

    public double? Cvss { get; set; }

    /// <summary>What opened it: the match that found the asset in an advisory, when it came from one.</summary>
    public CaseMatch? Match { get; set; }

    /// <summary>Asset, component, advisory and product of the match: unique per site, so a match opens one case.</summary>
    public string? MatchKey { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public required string OpenedBy { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Orient: exploitability and impact on the plant, as the security department judged them.</summary>
    public string? Assessment { get; set; }

    /// <summary>Decide: the countermeasure decided on.</summary>
    public string? Decision { get; set; }

    /// <summary>Decide: who decided (names and functions, as the plant records them).</summary>
    public string? DecisionMakers { get; set; }

    /// <summary>Decide: the impact on operation of applying the countermeasure.</summary>
    public string? OperationImpact { get; set; }

    /// <summary>Management's approval, required for assets of importance 3.</summary>
    public string? ApprovedBy { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    /// <summary>Act: the work done.</summary>
    public string? WorkDone { get; set; }

    /// <summary>Act: evidence of the work (ticket, change record, log, photo reference).</summary>
    public string? Evidence { get; set; }

    /// <summary>How it ended: fixed, mitigated, accepted, not-affected, false-positive.</summary>
    public string? Resolution { get; set; }

    public int Version { get; set; }

    public List<OodaCaseEvent> Events { get; set; } = [];

    public SiteEntity? Site { get; set; }
}
