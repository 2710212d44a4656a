namespace FactoryCps.Benchmarks.Reviews;

/// <summary>The time the seeded history is written at: set freely, back as well as forward, unlike a test's fake clock.</summary>
internal sealed class BenchClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Set(DateTimeOffset now) => _now = now;

    public override DateTimeOffset GetUtcNow() => _now;
}
