using System.Text.Json.Nodes;
using FactoryCps.Checklists;
using FactoryCps.Diagnostics;
using FactoryCps.Model.Writing;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Checklists;

/// <summary>The outcome of closing: refused (with the statuses' own errors when applying them was refused) or closed.</summary>
internal sealed record CloseOutcome(RoundRefusal? Refusal, IReadOnlyList<Diagnostic> Errors)
{
    public static CloseOutcome Closed { get; } = new(null, []);
}

/// <summary>Closing a round: it becomes read-only, and its disagreements with the Step 2 statuses are applied or kept.</summary>
internal sealed partial class RoundDesk
{
    /// <summary>The round's disagreements with the Step 2 statuses as stored now.</summary>
    public async Task<IReadOnlyList<Disagreement>> DisagreementsAsync(SiteEntity site, AssessmentRound round, CancellationToken cancellationToken = default) =>
        await store.ModelAsync(site, cancellationToken) is { } model
            ? Disagreements.Find(catalog, model, RoundCore.Questions(round, catalog), RoundCore.Answers(round))
            : [];

    /// <summary>
    /// Closes the round the caller saw (<paramref name="expectedVersion"/>) once every answer is accepted. With
    /// <paramref name="apply"/>, each disagreeing status takes the round's result: the statuses and the closed round
    /// are written by the model store's batch save in ONE transaction (its save writes every tracked change of this
    /// context, the round's too), each change audited, so either both are stored or neither. A status shared by
    /// several zones is split as the core's <see cref="Disagreements.Apply"/> splits it. Otherwise the statuses
    /// stay as they are, and a disagreement needs the closer's reason.
    /// </summary>
    public async Task<CloseOutcome> CloseAsync(SiteEntity site, int number, int expectedVersion, bool apply, string? reason, RoundActor actor, CancellationToken cancellationToken = default)
    {
        var round = await db.AssessmentRounds.Include(r => r.Questions).SingleOrDefaultAsync(r => r.SiteId == site.Id && r.Number == number, cancellationToken);
        var refusal = round is null ? RoundRefusal.NotFound
            : round.IsClosed ? RoundRefusal.Closed
            : round.Version != expectedVersion ? RoundRefusal.ChangedMeanwhile
            : round.Questions.Any(q => q.Review != RoundQuestion.Accepted) ? RoundRefusal.NotAllAccepted
            : Trimmed(reason)?.Length > AssessmentRound.MaxText ? RoundRefusal.TooLong
            : (RoundRefusal?)null;
        if (refusal is not null)
        {
            db.ChangeTracker.Clear();
            return new CloseOutcome(refusal, []);
        }

        var disagreements = await DisagreementsAsync(site, round!, cancellationToken);
        if (!apply && disagreements.Count > 0 && Trimmed(reason) is null)
        {
            db.ChangeTracker.Clear();
            return new CloseOutcome(RoundRefusal.KeepReasonRequired, []);
        }

        var now = time.GetUtcNow();
        (round!.State, round.ClosedAt, round.ClosedBy) = (AssessmentRound.Closed, now, actor.UserName);
        (round.Decision, round.DecisionReason) = (apply ? AssessmentRound.Applied : AssessmentRound.Kept, apply ? null : Trimmed(reason));
        round.Version++;
        var changes = Disagreements.Changes(disagreements);
        Audit(site.Id, actor, "close", Key(round), null, new { round.Decision, round.DecisionReason, disagreements = changes }, now);
        if (!apply || disagreements.Count == 0)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return CloseOutcome.Closed;
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return new CloseOutcome(RoundRefusal.ChangedMeanwhile, []);
            }
        }

        // Exactly what the core decides: a zone's own status changed, a shared one narrowed and the zone given its own.
        var statuses = (await store.ModelAsync(site, cancellationToken))!.Countermeasures;
        var batch = Batch(statuses, Disagreements.Apply(statuses, changes), await store.SectionAsync(site, "countermeasures", cancellationToken));
        var saved = batch is null ? null
            : await store.SaveObjectsAsync(site, "countermeasures", batch, new Actor(actor.UserId, actor.UserName), errorsByChange: false, cancellationToken);
        if (saved?.Succeeded == true)
        {
            return CloseOutcome.Closed;
        }

        // Nothing of the round's close may stay tracked for a later save of this context.
        db.ChangeTracker.Clear();
        return saved is null || saved.Stale.Count > 0 || saved.Together.Count == 0 ? new CloseOutcome(RoundRefusal.ChangedMeanwhile, [])
            : new CloseOutcome(RoundRefusal.StatusesRefused, saved.Together);
    }

    /// <summary>
    /// The model store's changes that make the stored statuses <paramref name="applied"/>: each entry Apply changed
    /// updates its record (under its new key when its scope narrowed), each entry it added is created with the
    /// model format's own body. Null when a record is not as the model read it (saved meanwhile).
    /// </summary>
    private static List<ObjectChange>? Batch(IReadOnlyList<Model.CountermeasureStatus> statuses, IReadOnlyList<Model.CountermeasureStatus> applied, List<StoredObject> records)
    {
        var batch = new List<ObjectChange>();
        for (var i = 0; i < statuses.Count; i++)
        {
            var (was, now) = (statuses[i], applied[i]);
            if (was.Status == now.Status && was.Scope.SequenceEqual(now.Scope, StringComparer.Ordinal))
            {
                continue;
            }

            var record = records.FirstOrDefault(r => r.Key == was.Key);
            if (record is null || (string?)record.Body["status"] != was.Status)
            {
                return null;
            }

            var body = record.Body.DeepClone().AsObject();
            body["status"] = now.Status;
            body["scope"] = new JsonArray([.. now.Scope.Select(z => JsonValue.Create(z))]);
            if (now.Scope.Count == 0)
            {
                body.Remove("scope");
            }

            batch.Add(new ObjectChange(body, record.Version) { Replaces = now.Key == was.Key ? null : was.Key });
        }

        batch.AddRange(applied.Skip(statuses.Count).Select(s => new ObjectChange(ModelWriter.Element(s), null)));
        return batch;
    }
}
