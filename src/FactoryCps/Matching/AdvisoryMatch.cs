namespace FactoryCps.Matching;

/// <summary>What is matched: an asset, or a component of its SBOM (then <see cref="Component"/> names it).</summary>
internal sealed record MatchTarget(string? Vendor, string? Product, string? Version, string? Cpe = null, string? Purl = null, string? Component = null);

/// <summary>An asset with what its SBOM says it contains.</summary>
internal sealed record MatchAsset(string Id, string? Name, MatchTarget Self, IReadOnlyList<MatchTarget> Components)
{
    public IEnumerable<MatchTarget> Targets => Components.Prepend(Self);
}

/// <summary>
/// One advisory product that applies to an asset (or a component of it), explained: which CVEs, the highest CVSS,
/// the product status, how it was matched, how sure the match is and why, and whether a person should check it.
/// </summary>
internal sealed record AdvisoryMatch(
    MatchAsset Asset,
    MatchTarget Target,
    IndexedAdvisory Advisory,
    IndexedProduct Product,
    string Status,
    IReadOnlyList<string> Cves,
    CvssRating? Cvss,
    MatchMethod Method,
    IReadOnlyList<MatchReason> Reasons,
    string? Justification = null)
{
    public MatchConfidence Confidence => Reasons.Count == 0 ? MatchConfidence.High : Reasons.Min(r => r.Cap);

    public bool Review => Reasons.Any(r => r.Review);
}

/// <summary>The matches, and the entries that would have matched but whose status says the asset is fixed or not affected.</summary>
internal sealed record MatchResult(IReadOnlyList<AdvisoryMatch> Matches, IReadOnlyList<AdvisoryMatch> Suppressed);
