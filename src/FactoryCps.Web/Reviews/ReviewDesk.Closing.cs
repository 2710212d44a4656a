using System.Globalization;
using FactoryCps.Diagnostics;
using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Reviews;

/// <summary>The outcome of closing: refused (with the model's own errors when the BCP re-check was refused) or closed.</summary>
internal sealed record ReviewCloseOutcome(ReviewRefusal? Refusal, IReadOnlyList<Diagnostic> Errors)
{
    public static ReviewCloseOutcome Closed { get; } = new(null, []);
}

/// <summary>Closing a review: it becomes a read-only record with the model's snapshot, and its actions join the plan.</summary>
internal sealed partial class ReviewDesk
{
    /// <summary>
    /// Records the review the caller saw (<paramref name="expectedVersion"/>): it needs a participant and its decisions,
    /// and cannot be held in the future. The model as it is now is kept as the review's snapshot. When the meeting
    /// re-checked the BCP, the model's <c>bcp.reviewed</c> becomes the meeting's day through the model store's ordinary
    /// save (validated, audited, a new revision), and that save writes the closed review in the same transaction, so
    /// either both are stored or neither; the snapshot then holds the new date.
    /// </summary>
    public async Task<ReviewCloseOutcome> CloseAsync(SiteEntity site, int number, int expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        var (review, refusal) = await ChangeableAsync(site, number, expectedVersion, cancellationToken);
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        refusal ??= review!.Participants.Count == 0 ? ReviewRefusal.NoParticipants
            : review.Decisions is null ? ReviewRefusal.NoDecisions
            : review.HeldOn > today ? ReviewRefusal.HeldInFuture
            : null;
        if (refusal is not null)
        {
            db.ChangeTracker.Clear();
            return new ReviewCloseOutcome(refusal, []);
        }

        var now = time.GetUtcNow();
        var document = await store.DocumentAsync(site, cancellationToken);
        (review!.State, review.ClosedAt, review.ClosedBy) = (ReviewRecord.Closed, now, actor.UserName);
        foreach (var action in review.Actions)
        {
            action.CreatedAt = now; // an action joins the plan when the review is recorded
        }

        review.Version++;
        Audit(site.Id, actor, "close", review, null, new { review.BcpRechecked, actions = review.Actions.Count }, now);
        if (!review.BcpRechecked)
        {
            (review.Snapshot, review.SnapshotRevision) = (document?.ToJsonString(), document is null ? null : site.ModelRevision);
            return await SavedAsync(cancellationToken) is { } stale ? new ReviewCloseOutcome(stale, []) : ReviewCloseOutcome.Closed;
        }

        var held = review.HeldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var bcp = await store.ObjectAsync(site, SiteModelStore.BcpSection, SiteModelStore.BcpSection, cancellationToken);
        var body = bcp?.Body.DeepClone().AsObject() ?? [];
        body["reviewed"] = held;
        document?[SiteModelStore.BcpSection] = body.DeepClone();
        (review.Snapshot, review.SnapshotRevision) = (document?.ToJsonString(), document is null ? null : site.ModelRevision + 1);
        var saved = await store.SaveObjectAsync(site, SiteModelStore.BcpSection, body, bcp?.Version, actor, cancellationToken);
        return saved.Succeeded ? ReviewCloseOutcome.Closed
            : saved.Conflict ? new ReviewCloseOutcome(ReviewRefusal.ChangedMeanwhile, [])
            : new ReviewCloseOutcome(ReviewRefusal.BcpRefused, [.. saved.Diagnostics.Where(d => d.Severity == Severity.Error)]);
    }
}
