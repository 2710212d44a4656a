namespace FactoryCps.Web.Cases;

/// <summary>
/// The advisory match that opened a preventive case (owned by the case): enough to show why it was opened and
/// to weigh it in orient (method, confidence, remediations).
/// </summary>
internal sealed class CaseMatch
{
    public required string AdvisoryId { get; set; }

    public required string AdvisoryVersion { get; set; }

    public required string Publisher { get; set; }

    public string? ProductId { get; set; }

    public string? Component { get; set; }

    /// <summary>Comma-separated CVE ids.</summary>
    public string? Cves { get; set; }

    /// <summary><c>cpe</c>, <c>purl</c> or <c>name+version</c>.</summary>
    public required string Method { get; set; }

    public required string Confidence { get; set; }

    /// <summary>True when the match was uncertain: someone must confirm it in orient before anything else.</summary>
    public bool Review { get; set; }

    public string? Reason { get; set; }

    /// <summary>The advisory's remediations for the product (JSON array of category/details/url), for orient and decide.</summary>
    public string? Remediations { get; set; }
}
