using FactoryCps.Diagnostics;

namespace FactoryCps.Web.Advisories;

internal enum AdvisoryImportOutcome
{
    /// <summary>A tracking id not seen before.</summary>
    Imported,

    /// <summary>A newer version: it became current, the one before stays in the history.</summary>
    Updated,

    /// <summary>This version with the same content was already there; nothing written.</summary>
    Unchanged,

    /// <summary>An older version than the current one: kept in the history, the current one stays.</summary>
    OlderKept,

    /// <summary>Refused: the same version with other content, or another import of it at the same moment.</summary>
    Rejected,
}

/// <summary>What importing one advisory did; <see cref="CurrentVersion"/> is the current version afterwards.</summary>
internal sealed record AdvisoryImportResult(AdvisoryImportOutcome Outcome, int? AdvisoryId, string? PreviousVersion, string? CurrentVersion, Message? Problem = null);

/// <summary>A stored version of an advisory, and the advisory's current version.</summary>
internal sealed record StoredVersion(int AdvisoryId, string PublisherNamespace, string TrackingId, string Version, string CurrentVersion);
