namespace FactoryCps.Web.Checklists;

/// <summary>
/// One self-assessment round of a site: which questions it asks (copied into <see cref="RoundQuestion"/> rows when
/// it is created, so a later catalogue or model change never alters what was asked), their answers and reviews,
/// and the decision taken when it was closed. A closed round is read-only and never deleted.
/// </summary>
internal sealed class AssessmentRound
{
    public const string Open = "open";
    public const string Closed = "closed";

    /// <summary>The closer applied the round's result to the Step 2 statuses.</summary>
    public const string Applied = "applied";

    /// <summary>The closer kept the Step 2 statuses as they were, with a reason.</summary>
    public const string Kept = "kept";

    public const int MaxTitle = 200;
    public const int MaxText = 4000;

    public long Id { get; set; }

    public int SiteId { get; set; }

    /// <summary>Per-site number people quote (round 3); the id stays internal.</summary>
    public int Number { get; set; }

    public required string Title { get; set; }

    /// <summary>Zone ids the round covers, space-separated; empty for all zones.</summary>
    public string ScopeZones { get; set; } = "";

    /// <summary>Step ids the round covers, space-separated; empty for all steps.</summary>
    public string ScopeSteps { get; set; } = "";

    /// <summary>Countermeasure group ids the round covers, space-separated; empty for all groups.</summary>
    public string ScopeGroups { get; set; } = "";

    public DateOnly DueDate { get; set; }

    /// <summary><see cref="Open"/> or <see cref="Closed"/>.</summary>
    public required string State { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    /// <summary>The closed round whose answers pre-filled this one, when the creator chose so.</summary>
    public int? PrefilledFrom { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? ClosedBy { get; set; }

    /// <summary><see cref="Applied"/> or <see cref="Kept"/>; null while open.</summary>
    public string? Decision { get; set; }

    /// <summary>Why the statuses were kept although the round disagreed with them.</summary>
    public string? DecisionReason { get; set; }

    /// <summary>Moves on every change of the round itself (close); answers carry their own versions.</summary>
    public int Version { get; set; }

    public List<RoundQuestion> Questions { get; set; } = [];

    public bool IsClosed => State == Closed;

    public static IReadOnlyList<string> Split(string joined) => joined.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
