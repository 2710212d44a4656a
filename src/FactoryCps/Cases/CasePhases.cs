namespace FactoryCps.Cases;

/// <summary>The OODA loop's phases in order, then closed; and the ways a case may end.</summary>
internal static class CasePhases
{
    public const string Observe = "observe";
    public const string Orient = "orient";
    public const string Decide = "decide";
    public const string Act = "act";
    public const string Closed = "closed";

    public static IReadOnlyList<string> Open { get; } = [Observe, Orient, Decide, Act];

    /// <summary>Fixed or mitigated: the work was done (through act). Accepted: a decision to live with it.
    /// Not affected or a false positive: orient found the match does not apply.</summary>
    public static IReadOnlyList<string> Resolutions { get; } = ["fixed", "mitigated", "accepted", "not-affected", "false-positive"];

    public static string Next(string phase) => phase switch
    {
        Observe => Orient,
        Orient => Decide,
        Decide => Act,
        Act => Closed,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, null),
    };
}
