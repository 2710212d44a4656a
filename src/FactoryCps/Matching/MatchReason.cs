using FactoryCps.Diagnostics;

namespace FactoryCps.Matching;

internal enum MatchConfidence
{
    Low,
    Medium,
    High,
}

internal enum MatchMethod
{
    Cpe,
    Purl,
    NameVersion,
}

/// <summary>
/// One step of a match's explanation, with what it does to the match: the highest confidence it allows, and
/// whether it needs a person to look (an uncertain match is marked for review, never dropped or accepted silently).
/// </summary>
internal sealed record MatchReason(Message Text, MatchConfidence Cap = MatchConfidence.High, bool Review = false)
{
    public static MatchReason Certain(string key, params object?[] args) => new(new Message(key, args));

    public static MatchReason Limited(MatchConfidence cap, string key, params object?[] args) => new(new Message(key, args), cap);

    public static MatchReason ForReview(MatchConfidence cap, string key, params object?[] args) => new(new Message(key, args), cap, Review: true);
}
