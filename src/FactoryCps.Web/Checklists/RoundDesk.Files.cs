namespace FactoryCps.Web.Checklists;

/// <summary>A round's file uploads (<see cref="RoundFiles"/>): each one audited, taken or refused, with the file's hash.</summary>
internal sealed partial class RoundDesk
{
    /// <summary>Records an upload of a round's file; the answers it stored are audited by <see cref="AnswerAsync"/> as any answer.</summary>
    public async Task AuditFileAsync(AssessmentRound round, RoundActor actor, string action, object what, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        Audit(round.SiteId, actor, action, Key(round), null, what, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}
