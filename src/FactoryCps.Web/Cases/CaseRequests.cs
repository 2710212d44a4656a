using FactoryCps.Cases;

namespace FactoryCps.Web.Cases;

/// <summary>Someone on the plant floor reports that something differs from normal (被害発生段階, observe).</summary>
internal sealed record IncidentReport(string Title, string? Description, string? AssetId, string Severity)
{
    /// <summary>The first field that is wrong (the page and the API say it their way), or null.</summary>
    public string? InvalidField(IReadOnlyList<FactoryCps.Model.Asset> siteAssets) =>
        Title.Length is 0 or > 500 ? "title"
        : !CaseDeadlines.Severities.Contains(Severity) ? "severity"
        : Description?.Length > 8000 ? "description"
        : AssetId is not null && siteAssets.All(a => a.Id != AssetId) ? "asset"
        : null;
}

/// <summary>A match worth a case: which asset, how severe, and the match's own record.</summary>
internal sealed record MatchCandidate(string Key, string AssetId, string Title, double? Cvss, CaseMatch Match);

internal enum CaseOutcomeKind
{
    Done,
    NotFound,
    Stale,
    Refused,
}

/// <summary>The result of a change: done (with the case), not found, stale (someone else changed it), or refused and why.</summary>
internal sealed record CaseOutcome(CaseOutcomeKind Kind, OodaCase? Case = null, CaseRefusal? Refusal = null);
