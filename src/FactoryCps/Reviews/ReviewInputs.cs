using FactoryCps.Diffs;
using FactoryCps.Findings;
using FactoryCps.Localization;

namespace FactoryCps.Reviews;

/// <summary>
/// What a review meeting is given, gathered for its period (<see cref="ReviewInputGathering"/>): what changed in the
/// model and what follows from it, what happened in the lifecycle (cases, advisories, suppliers, self-assessment), and
/// what falls due in the next period. <see cref="ModelChanges"/> compares the model with its snapshot at the previous
/// review; it is null at the site's first review, which has none. <see cref="ElementChanges"/> are its elements with
/// their names (empty at the first review).
/// </summary>
internal sealed record ReviewInputs(
    ReviewPeriod Period,
    ModelDiff? ModelChanges,
    IReadOnlyList<NamedElementChange> ElementChanges,
    IReadOnlyList<Finding> FindingsOpened,
    IReadOnlyList<Finding> FindingsClosed,
    IReadOnlyList<StatusMove> StatusChanges,
    IReadOnlyList<CaseCounts> CaseCounts,
    IReadOnlyList<CaseFact> CasesOpened,
    IReadOnlyList<CaseFact> CasesClosed,
    IReadOnlyList<CaseFact> CasesOverdue,
    IReadOnlyList<AdvisoryMatchFact> NewMatches,
    IReadOnlyList<SupplierReviewFact> SupplierReviewsClosed,
    IReadOnlyList<SupplierActionFact> OpenSupplierActions,
    AssessmentMove? Assessment,
    IReadOnlyList<UpcomingDate> RequirementDates,
    BcpCheck Bcp);

/// <summary>
/// An element of the model diff with the name it has where it still exists: a removed one's from the snapshot (the
/// model no longer has it), an added or changed one's from the model now; null when it has none (or is the BCP).
/// </summary>
internal sealed record NamedElementChange(string List, string Id, string Change, string? Name);

/// <summary>
/// A countermeasure status recorded differently now (<see cref="Before"/> null: newly recorded; <see cref="After"/>
/// null: removed); <see cref="Key"/> is the status's key in the model, its id with its zones when it has a scope.
/// </summary>
internal sealed record StatusMove(string Key, string Countermeasure, IReadOnlyList<string> Scope, string? Before, string? After);

/// <summary>Cases of one severity opened and closed in the period, and open past their deadline at its end.</summary>
internal sealed record CaseCounts(string Severity, int Opened, int Closed, int Overdue);

/// <summary>The newest round closed in the period and the round closed before it, to say how the site's score moved.</summary>
internal sealed record AssessmentMove(RoundFact Latest, RoundFact? Previous)
{
    /// <summary>Percentage points gained (negative: lost); null when either score is missing.</summary>
    public double? Difference => Latest.SiteScore is { } now && Previous?.SiteScore is { } before ? now - before : null;
}

/// <summary>A date of a requirement that applies to the site (e.g. an EU CRA obligation) falling in the next period.</summary>
internal sealed record UpcomingDate(string Requirement, LocalizedText Title, DateOnly Date, LocalizedText Event);

/// <summary>Where the business continuity plan's re-check (BCPの再確認) stands at the review.</summary>
internal enum BcpState
{
    /// <summary>Re-checked, and not before the newest objective was adopted.</summary>
    Current,

    /// <summary>The model records no re-check.</summary>
    NeverReviewed,

    /// <summary>Re-checked before the newest objective of making the plant smart was adopted: the plan predates what changed.</summary>
    OlderThanObjective,
}

internal sealed record BcpCheck(BcpState State, DateOnly? Reviewed, DateOnly? NewestObjective);
