namespace FactoryCps.Web.Advisories;

/// <summary>
/// One imported version of an advisory, kept for its history: the current one and every other version seen,
/// older ones included. The same tracking id and version is imported once; other content for it is refused.
/// </summary>
internal sealed class AdvisoryRevisionEntity
{
    public long Id { get; set; }

    public int AdvisoryId { get; set; }

    public required string Version { get; set; }

    public required string Title { get; set; }

    public DateTimeOffset? CurrentReleaseDate { get; set; }

    public bool IsValid { get; set; }

    public int ErrorCount { get; set; }

    /// <summary>The document as imported, gzip-compressed.</summary>
    public required byte[] Document { get; set; }

    public required string ContentSha256 { get; set; }

    /// <summary>The file name it was imported from (not the full path, which says nothing to another reader).</summary>
    public required string SourceName { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public required string ImportedBy { get; set; }

    public AdvisoryEntity? Advisory { get; set; }
}
