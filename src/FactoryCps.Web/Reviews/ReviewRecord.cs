namespace FactoryCps.Web.Reviews;

/// <summary>
/// One PDCA review of a site (ext:3.3, 不断の見直し): when it was held, what called it, who took part, what was
/// decided, the actions it set and the next review date. While open it is a draft the meeting fills in; closing it
/// records it: it becomes read-only, keeps the model as it was then (the next review's inputs compare with that
/// snapshot), and the next review date and the calls for a review start from it.
/// </summary>
internal sealed class ReviewRecord
{
    public const string Open = "open";
    public const string Closed = "closed";

    public const int MaxText = 8000;
    public const int MaxName = 200;

    public long Id { get; set; }

    public int SiteId { get; set; }

    /// <summary>Per-site number people quote (review 3); the id stays internal.</summary>
    public int Number { get; set; }

    /// <summary>A <see cref="FactoryCps.Reviews.ReviewKinds"/> id: periodic, or the event that called the review.</summary>
    public required string Kind { get; set; }

    /// <summary>The meeting's day.</summary>
    public DateOnly HeldOn { get; set; }

    public DateOnly NextReview { get; set; }

    public string? Decisions { get; set; }

    /// <summary>The meeting re-checked the BCP: closing sets the model's <c>bcp.reviewed</c> to <see cref="HeldOn"/> through the model's own save.</summary>
    public bool BcpRechecked { get; set; }

    /// <summary><see cref="Open"/> or <see cref="Closed"/>.</summary>
    public required string State { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? ClosedBy { get; set; }

    /// <summary>The model (its JSON document) as it was when the review was closed: what the next review compares with.</summary>
    public string? Snapshot { get; set; }

    /// <summary>The site's model revision the snapshot is of.</summary>
    public long? SnapshotRevision { get; set; }

    /// <summary>Moves on every change; the ETag of the API and the hidden version of the page's forms.</summary>
    public int Version { get; set; } = 1;

    public List<ReviewParticipant> Participants { get; set; } = [];

    public List<ReviewAction> Actions { get; set; } = [];

    public bool IsClosed => State == Closed;
}
