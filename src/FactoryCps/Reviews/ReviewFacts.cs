using FactoryCps.Localization;

namespace FactoryCps.Reviews;

/// <summary>
/// An OODA case as a review reads it: when it opened, fell due and closed, and how severe it is; its stage is
/// <c>preventive</c> (a vulnerability) or <c>damage</c> (an incident).
/// </summary>
internal sealed record CaseFact(int Number, string Title, string Stage, string Severity, DateTimeOffset OpenedAt, DateTimeOffset DueAt, DateTimeOffset? ClosedAt)
{
    /// <summary>Open at <paramref name="time"/> and past its deadline then.</summary>
    public bool OverdueAt(DateTimeOffset time) => OpenedAt <= time && (ClosedAt is null || ClosedAt > time) && DueAt < time;
}

/// <summary>An advisory that matched one of the site's assets, and when the match was first seen.</summary>
internal sealed record AdvisoryMatchFact(string Advisory, string Title, string Asset, DateTimeOffset MatchedAt, double? Cvss);

/// <summary>A supplier questionnaire (by its per-site number) whose review was closed (judged), with the supplier's and the item's names.</summary>
internal sealed record SupplierReviewFact(long Questionnaire, string Supplier, string Item, DateTimeOffset ClosedAt);

/// <summary>An action a supplier review opened; <see cref="DoneAt"/> is null while it is open.</summary>
internal sealed record SupplierActionFact(long Id, string Supplier, LocalizedText Title, bool Blocking, DateTimeOffset CreatedAt, DateOnly? Due, DateTimeOffset? DoneAt)
{
    public bool OpenAt(DateTimeOffset time) => CreatedAt <= time && (DoneAt is null || DoneAt > time);
}

/// <summary>A closed self-assessment round and its site score (0–1, null when nothing was scored).</summary>
internal sealed record RoundFact(int Number, string Title, DateTimeOffset ClosedAt, double? SiteScore);

/// <summary>Everything outside the model that a review gathers, as the store holds it now; the gathering picks the period's part.</summary>
internal sealed record ReviewHistory(
    IReadOnlyList<CaseFact> Cases,
    IReadOnlyList<AdvisoryMatchFact> Matches,
    IReadOnlyList<SupplierReviewFact> SupplierReviews,
    IReadOnlyList<SupplierActionFact> SupplierActions,
    IReadOnlyList<RoundFact> Rounds)
{
    public static ReviewHistory Empty { get; } = new([], [], [], [], []);
}
