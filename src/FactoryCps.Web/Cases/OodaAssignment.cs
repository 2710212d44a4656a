using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Cases;

/// <summary>
/// Step 3: who, at this site, is the responsible department and the decision maker for one OODA phase of one
/// stage. Absent rows mean the catalogue's table applies unchanged.
/// </summary>
internal sealed class OodaAssignment
{
    public long Id { get; set; }

    public int SiteId { get; set; }

    /// <summary><c>preventive</c> (予防保全段階) or <c>damage</c> (被害発生段階).</summary>
    public required string Stage { get; set; }

    /// <summary><c>observe</c>, <c>orient</c>, <c>decide</c> or <c>act</c>.</summary>
    public required string Phase { get; set; }

    /// <summary>The department at this site (a stakeholder id or a name).</summary>
    public required string Department { get; set; }

    public required string DecisionMaker { get; set; }

    /// <summary>Comma-separated site roles that may complete this phase of a case; null keeps the catalogue's.</summary>
    public string? MovedBy { get; set; }

    public int Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public SiteEntity? Site { get; set; }
}
