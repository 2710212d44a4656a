namespace FactoryCps.Web.Advisories;

/// <summary>
/// A CSAF advisory, installation-wide (every site matches against the same advisories), in its current version:
/// the fields lists and matching need, the verdict of the CSAF tests, and the document itself (gzip). Every
/// imported version, this one included, is kept in <see cref="Revisions"/>.
/// </summary>
internal sealed class AdvisoryEntity
{
    public int Id { get; set; }

    /// <summary>With <see cref="TrackingId"/> the advisory's identity: <c>/document/publisher/namespace</c>.</summary>
    public required string PublisherNamespace { get; set; }

    /// <summary><c>/document/tracking/id</c>, as written (e.g. <c>ICSA-23-348-10</c>).</summary>
    public required string TrackingId { get; set; }

    /// <summary>The current version (<c>/document/tracking/version</c>): the newest imported.</summary>
    public required string Version { get; set; }

    public required string Title { get; set; }

    public required string PublisherName { get; set; }

    public required string PublisherCategory { get; set; }

    /// <summary><c>draft</c>, <c>interim</c> or <c>final</c>.</summary>
    public required string Status { get; set; }

    public DateTimeOffset? InitialReleaseDate { get; set; }

    public DateTimeOffset? CurrentReleaseDate { get; set; }

    /// <summary>The highest CVSS base score in the advisory, as written; null when it has none.</summary>
    public double? MaxCvss { get; set; }

    /// <summary>The rating of <see cref="MaxCvss"/>: none, low, medium, high, critical.</summary>
    public string? Severity { get; set; }

    /// <summary>The CVE ids of its vulnerabilities, separated by spaces.</summary>
    public required string Cves { get; set; }

    /// <summary>No mandatory CSAF test failed. Invalid advisories are kept: they are still needed for matching.</summary>
    public bool IsValid { get; set; }

    public int ErrorCount { get; set; }

    public int WarningCount { get; set; }

    /// <summary>The mandatory tests that failed, separated by spaces (e.g. <c>6.1.31</c>).</summary>
    public required string FailedTests { get; set; }

    /// <summary>The document as imported, gzip-compressed (AdvisoryDocuments).</summary>
    public required byte[] Document { get; set; }

    /// <summary>SHA-256 of the document as imported (before compression), lower-case hex.</summary>
    public required string ContentSha256 { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public required string ImportedBy { get; set; }

    public List<AdvisoryRevisionEntity> Revisions { get; set; } = [];
}
