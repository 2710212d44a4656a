using FactoryCps.Cvss;

namespace FactoryCps.Matching;

/// <summary>A CVSS score for matching: computed from the vector when it can be, else the score the advisory states.</summary>
internal sealed record CvssRating(double BaseScore, string Severity, string Version, string? Vector, bool Computed)
{
    public static CvssRating? From(string? vector, double statedScore, string? statedSeverity, string statedVersion)
    {
        if (CvssVector.TryParse(vector, out var parsed, out _))
        {
            var scores = parsed.Score();
            return new CvssRating(scores.BaseScore, scores.BaseSeverity.ToString().ToLowerInvariant(), statedVersion, vector, Computed: true);
        }

        return double.IsNaN(statedScore) ? null : new CvssRating(statedScore, statedSeverity?.ToLowerInvariant() ?? "", statedVersion, vector, Computed: false);
    }
}

/// <summary>One score entry of a vulnerability and the products it applies to.</summary>
internal sealed record IndexedScore(IReadOnlySet<string> Products, CvssRating Rating);

/// <summary>
/// A vulnerability as matching reports it: its CVE, its scores, and the justifications (VEX flags and impact
/// statements, product groups resolved) that say why a product is not affected.
/// </summary>
internal sealed record IndexedVulnerability(string? Cve, string? Title, IReadOnlyList<IndexedScore> Scores, IReadOnlyDictionary<string, string> Justifications)
{
    /// <summary>The highest score that applies to the product; when no score names it, the highest of the vulnerability.</summary>
    public CvssRating? HighestFor(string productId)
    {
        var named = Scores.Where(s => s.Products.Contains(productId)).ToList();
        return (named.Count > 0 ? named : Scores).Select(s => s.Rating).MaxBy(r => r.BaseScore);
    }
}

/// <summary>An advisory as matching reports it: tracking id and version, title, where it was read from, its vulnerabilities.</summary>
internal sealed record IndexedAdvisory(string TrackingId, string Version, string Title, string Source, IReadOnlyList<IndexedVulnerability> Vulnerabilities);
