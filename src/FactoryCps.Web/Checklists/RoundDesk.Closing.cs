using System.Text.Json.Nodes;
using FactoryCps.Checklists;
using FactoryCps.Diagnostics;
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
    /// context, the round's too), each change audited, so either both are stored or neither. Otherwise the statuses
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

        var records = await store.SectionAsync(site, "countermeasures", cancellationToken);
        var saved = await store.SaveObjectsAsync(site, "countermeasures", [.. changes.Select(c => Change(records, c))], new Actor(actor.UserId, actor.UserName), cancellationToken);
        return saved.Succeeded ? CloseOutcome.Closed
            : saved.Stale.Count > 0 || (saved.Errors.Count == 0 && saved.Together.Count == 0) ? new CloseOutcome(RoundRefusal.ChangedMeanwhile, [])
            : new CloseOutcome(RoundRefusal.StatusesRefused, [.. saved.Errors.SelectMany(e => e.Value), .. saved.Together]);
    }

    /// <summary>
    /// The status record a change sets: the zone's own record (made, with the site's owner and due date, when it has
    /// none), or the site's. A zone that shares a record with other zones gets its own as well; the model's check then
    /// refuses the overlap rather than the store guessing how to split the shared one.
    /// </summary>
    private static ObjectChange Change(List<StoredObject> records, StatusChange c)
    {
        var key = c.Zone is null ? c.Countermeasure : Model.CountermeasureStatus.KeyOf(c.Countermeasure, [c.Zone]);
        var own = records.FirstOrDefault(r => r.Key == key);
        var body = own?.Body.DeepClone().AsObject() ?? records.FirstOrDefault(r => r.Key == c.Countermeasure)?.Body.DeepClone().AsObject() ?? new JsonObject { ["id"] = c.Countermeasure };
        if (own is null && c.Zone is not null)
        {
            body["scope"] = new JsonArray(c.Zone);
        }

        body["status"] = c.To;
        return new ObjectChange(body, own?.Version);
    }
}
