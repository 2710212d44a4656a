using FactoryCps.Cases;
using FactoryCps.Findings;
using FactoryCps.Model;

namespace FactoryCps.Reviews;

/// <summary>Why a review is called for now.</summary>
internal enum ReviewCallReason
{
    /// <summary>The site has no recorded review yet.</summary>
    NoneRecorded,

    /// <summary>The next review date the last review set has passed.</summary>
    NextDatePassed,

    /// <summary>An objective of making the plant smart was adopted after the last review.</summary>
    NewObjective,

    /// <summary>An incident (a case of the damage stage) was closed after the last review.</summary>
    IncidentClosed,

    /// <summary>A blocking supplier point was opened after the last review and is still open.</summary>
    BlockingSupplierPoint,
}

/// <summary>One reason a review is called for, with what it is about (an objective's id, a case number, an action's supplier) and since when.</summary>
internal sealed record ReviewCall(ReviewCallReason Reason, string? Subject, DateOnly Since);

/// <summary>The last recorded (closed) review as the rule reads it: when it was held, the next date it set, and the objectives its snapshot had.</summary>
internal sealed record LastReview(DateTimeOffset HeldAt, DateOnly NextReview, IReadOnlySet<string> Objectives);

/// <summary>
/// When a review is due (ext:3.3: review the whole periodically and whenever objectives, systems, threats or suppliers
/// change): past the next date the last review set, or after an event that calls for one; each call stands until a
/// review is recorded after it. A site that has never recorded a review is called to record its first.
/// </summary>
internal static class ReviewDue
{
    /// <summary>The finding's id on the dashboard and in reports: one per reason.</summary>
    public const string FindingPrefix = "review-";

    /// <summary>The guideline section that asks for reviews: the extension's Step 3 (PDCA).</summary>
    public const string Reference = "ext:3.3";

    /// <summary>
    /// The calls standing on <paramref name="today"/>. Without a last review the one call dates from
    /// <paramref name="siteSince"/>, the day the site was created, so that it stays the same call day after day.
    /// </summary>
    public static IReadOnlyList<ReviewCall> Calls(LastReview? last, DateOnly today, DateOnly siteSince, FactoryModel model, ReviewHistory history)
    {
        if (last is null)
        {
            return [new ReviewCall(ReviewCallReason.NoneRecorded, null, siteSince)];
        }

        var held = last.HeldAt;
        var heldDay = DateOnly.FromDateTime(held.UtcDateTime);
        var calls = new List<ReviewCall>();
        if (today > last.NextReview)
        {
            calls.Add(new ReviewCall(ReviewCallReason.NextDatePassed, null, last.NextReview));
        }

        // An objective is new when the snapshot did not have it, or when it says it was adopted after the review.
        calls.AddRange(model.Objectives
            .Where(o => !last.Objectives.Contains(o.Id) || o.Since > heldDay)
            .Select(o => new ReviewCall(ReviewCallReason.NewObjective, o.Id, o.Since is { } since && since > heldDay ? since : heldDay)));
        calls.AddRange(history.Cases
            .Where(c => c.Stage == CaseSeverities.DamageStage && c.ClosedAt > held)
            .OrderBy(c => c.ClosedAt)
            .Select(c => new ReviewCall(ReviewCallReason.IncidentClosed, c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), DateOnly.FromDateTime(c.ClosedAt!.Value.UtcDateTime))));
        calls.AddRange(history.SupplierActions
            .Where(a => a.Blocking && a.DoneAt is null && a.CreatedAt > held)
            .OrderBy(a => a.CreatedAt)
            .Select(a => new ReviewCall(ReviewCallReason.BlockingSupplierPoint, a.Supplier, DateOnly.FromDateTime(a.CreatedAt.UtcDateTime))));
        return calls;
    }

    /// <summary>
    /// The calls as findings for the dashboard and the reports: one per reason (the subjects named in its sentence), so
    /// that ten closed incidents are one finding, not ten. Severity: a review never recorded or past its date is high
    /// (the cycle has stopped); an event's call is medium (the cycle runs, something new needs its turn).
    /// </summary>
    public static IReadOnlyList<Finding> Findings(IReadOnlyList<ReviewCall> calls, Func<ReviewCall, string> subjectName) =>
    [
        .. calls.GroupBy(c => c.Reason).OrderBy(g => g.Key).Select(g =>
        {
            var first = g.OrderBy(c => c.Since).First();
            var subjects = string.Join(", ", g.Where(c => c.Subject is not null).Select(subjectName).Distinct());
            var key = "Finding" + g.Key;
            return new Finding(
                FindingPrefix + Code(g.Key),
                g.Key is ReviewCallReason.NoneRecorded or ReviewCallReason.NextDatePassed ? "high" : "medium",
                "site",
                "site",
                ReviewWords.Both(key, first.Since.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), subjects),
                Reference);
        }),
    ];

    /// <summary>The reason's code in findings and the API.</summary>
    public static string Code(ReviewCallReason reason) => reason switch
    {
        ReviewCallReason.NoneRecorded => "none-recorded",
        ReviewCallReason.NextDatePassed => "overdue",
        ReviewCallReason.NewObjective => "new-objective",
        ReviewCallReason.IncidentClosed => "incident-closed",
        _ => "blocking-supplier-point",
    };
}
