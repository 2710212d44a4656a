namespace FactoryCps.Web.Checklists;

/// <summary>
/// One question of a round as the core's applicability rule produced it, who answers it, the answer (a level on
/// the 0–4 achievement scale, or not applicable with a reason) and its review. The answer has its own version:
/// two people answering one question — the second is told, and shown the first's answer, nothing is lost.
/// </summary>
internal sealed class RoundQuestion
{
    public const string Accepted = "accepted";

    /// <summary>The reviewer asked the answerer to answer again, with a note.</summary>
    public const string AskedAgain = "asked-again";

    public long Id { get; set; }

    public long RoundId { get; set; }

    /// <summary>Order of the questions as the rule produced them.</summary>
    public int Position { get; set; }

    /// <summary>The question's stable id (the core's: the checklist item, and the zone for a per-zone question).</summary>
    public required string QuestionId { get; set; }

    /// <summary>The catalogue's checklist item (its text and whose words they are).</summary>
    public required string ItemId { get; set; }

    public required string Step { get; set; }

    /// <summary>The countermeasure group, for a countermeasure's question.</summary>
    public string? Group { get; set; }

    /// <summary>The countermeasure, for a countermeasure's question.</summary>
    public string? Countermeasure { get; set; }

    /// <summary>The zone, for a countermeasure whose status is kept per zone.</summary>
    public string? Zone { get; set; }

    /// <summary>The user (their name) who answers; null when a role or anyone with the permission does.</summary>
    public string? AssigneeUser { get; set; }

    /// <summary>The site role whose members answer; null when a user or anyone with the permission does.</summary>
    public string? AssigneeRole { get; set; }

    /// <summary>0..4 on the achievement scale; null when not answered or not applicable.</summary>
    public int? Level { get; set; }

    public bool NotApplicable { get; set; }

    /// <summary>Why the question does not apply (required then).</summary>
    public string? Reason { get; set; }

    public string? Comment { get; set; }

    public string? AnsweredBy { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>The answer came from the last closed round and nobody has confirmed it yet.</summary>
    public bool Prefilled { get; set; }

    /// <summary><see cref="Accepted"/> or <see cref="AskedAgain"/>; null until reviewed, and again when the answer changes.</summary>
    public string? Review { get; set; }

    public string? ReviewNote { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>Moves on every answer and review: the If-Match of the API and the hidden field of the form.</summary>
    public int Version { get; set; }

    public bool IsAnswered => Level is not null || NotApplicable;
}
