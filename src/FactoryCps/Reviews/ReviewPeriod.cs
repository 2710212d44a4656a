namespace FactoryCps.Reviews;

/// <summary>
/// What a review looks back on and ahead to: since the previous review (<see cref="From"/>; null for the site's first
/// review, which looks at everything before it) up to and including <see cref="To"/>, the review's own time; and the
/// next period, up to the next review's date.
/// </summary>
internal sealed record ReviewPeriod(DateTimeOffset? From, DateTimeOffset To, DateOnly NextReview)
{
    /// <summary>Whether something that happened at <paramref name="time"/> falls in the period: after its start, not after its end.</summary>
    public bool Contains(DateTimeOffset time) => (From is null || time > From) && time <= To;

    /// <summary>Whether a date falls in the next period: after the review's day, not after the next review's date.</summary>
    public bool AheadContains(DateOnly date) => date > DateOnly.FromDateTime(To.UtcDateTime) && date <= NextReview;
}
