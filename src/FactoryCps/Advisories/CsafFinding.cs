using FactoryCps.Diagnostics;

namespace FactoryCps.Advisories;

/// <summary>One result of a CSAF test: the spec's test id ("6.1.1", or "json"/"schema"), where, and what.</summary>
internal sealed record CsafFinding(string TestId, Severity Severity, string Path, Message Message);

/// <summary>
/// The outcome for one file. Tests fcps does not implement are listed in <see cref="NotChecked"/> so that a
/// clean report never claims more than was checked.
/// </summary>
internal sealed record CsafReport(string File, CsafDocument? Document, IReadOnlyList<CsafFinding> Findings, IReadOnlyList<string> NotChecked)
{
    public bool IsValid => !Findings.Any(f => f.Severity == Severity.Error);

    /// <summary>/document/tracking/id (empty when absent), also when the model was not read; null when the file is not JSON.</summary>
    public string? TrackingId { get; init; }

    /// <summary>/document/tracking/version (empty when absent), also when the model was not read; null when the file is not JSON.</summary>
    public string? TrackingVersion { get; init; }
}
