namespace FactoryCps.Advisories.Import;

/// <summary>
/// An advisory that passed the checks import insists on (readable, hashes match, schema-valid), with what the
/// store keeps about it. Mandatory-test failures do not stop it: they are recorded in <see cref="IsValid"/>,
/// <see cref="ErrorCount"/> and <see cref="FailedTests"/> (CISA's 174 advisories failing 6.1.31 must stay usable).
/// </summary>
internal sealed record ImportableAdvisory(
    string SourceFile,
    string PublisherNamespace,
    string PublisherName,
    string PublisherCategory,
    string TrackingId,
    string Version,
    string Status,
    string Title,
    DateTimeOffset? InitialReleaseDate,
    DateTimeOffset? CurrentReleaseDate,
    double? MaxCvss,
    string? Severity,
    IReadOnlyList<string> Cves,
    bool IsValid,
    int ErrorCount,
    int WarningCount,
    IReadOnlyList<string> FailedTests,
    byte[] Content,
    string ContentSha256);

/// <summary>
/// One file's outcome of reading: the advisory, or every reason it was rejected, or (<see cref="StoredSha256"/>)
/// the note that exactly this document is stored already.
/// </summary>
internal sealed record AdvisoryLoad(string File, ImportableAdvisory? Advisory, IReadOnlyList<AdvisoryProblem> Problems, string? StoredSha256 = null);
