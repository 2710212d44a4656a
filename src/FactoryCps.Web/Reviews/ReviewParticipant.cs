namespace FactoryCps.Web.Reviews;

/// <summary>Someone who took part in a review, as the minutes name them: a name and the role or department they spoke for.</summary>
internal sealed class ReviewParticipant
{
    public long Id { get; set; }

    public long ReviewId { get; set; }

    /// <summary>The order the minutes list them in.</summary>
    public int Position { get; set; }

    public required string Name { get; set; }

    public string? Role { get; set; }
}
