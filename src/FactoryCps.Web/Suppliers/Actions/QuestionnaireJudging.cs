using FactoryCps.Diagnostics;
using FactoryCps.Suppliers.Questionnaires;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Suppliers.Actions;

/// <summary>
/// How a judging request ended: done, no such questionnaire, refused with the rule it broke, or changed meanwhile
/// (someone else judged, closed or the supplier answered since the caller read it; nothing was stored).
/// </summary>
internal sealed record JudgingOutcome(bool Found, Message? Refusal, bool ChangedMeanwhile = false)
{
    public static JudgingOutcome NotFound { get; } = new(false, null);

    public static JudgingOutcome Done { get; } = new(true, null);

    public static JudgingOutcome Changed { get; } = new(true, null, ChangedMeanwhile: true);

    public bool Succeeded => Found && Refusal is null && !ChangedMeanwhile;
}

/// <summary>
/// The security department's work on a questionnaire: each judgement is checked by the domain's
/// <see cref="QuestionnaireReview"/> (restored from the rows) before it is stored; closing asks the review too, and
/// turns its open points into the site's plan actions in the same transaction. Every change is audited.
/// A caller names the questionnaire version it judged (the page's form, the API's If-Match); a different version,
/// or another save between our read and our write (the version is a concurrency token), is "changed meanwhile".
/// </summary>
internal sealed class QuestionnaireJudging(FcpsDbContext db, TimeProvider time, SupplierActions supplierActions)
{
    /// <summary>Judges one answer; <c>version</c> is the questionnaire version it was made on (null: only the race between read and write is caught).</summary>
    public async Task<JudgingOutcome> JudgeAsync(int siteId, int number, int? version, AnswerJudgement judgement, Actor actor, CancellationToken cancellationToken = default)
    {
        var q = await TrackedAsync(siteId, number, cancellationToken);
        if (q is null)
        {
            return JudgingOutcome.NotFound;
        }

        if (version is not null && version != q.Version)
        {
            return JudgingOutcome.Changed;
        }

        var review = StoredReview.Of(q);
        try
        {
            review.Judge(judgement);
        }
        catch (QuestionnaireRuleException e)
        {
            return new JudgingOutcome(true, e.Problem);
        }

        var item = q.Items.Single(i => i.ItemId == judgement.ItemId);
        var before = item.Judgement is null ? null : new { item.Judgement, note = item.JudgementNote, blocking = item.JudgementBlocking };
        var now = time.GetUtcNow();
        if (q.RecordJudgement(review.JudgementOf(judgement.ItemId)!, actor.UserName, now) is { } refusal)
        {
            return new JudgingOutcome(true, Problem(q, refusal));
        }

        SupplyAudit.Add(db, siteId, actor, "judge", "questionnaires", $"{QuestionnaireDesk.Key(q)}/{item.ItemId}", before,
            new { item.Judgement, note = item.JudgementNote, blocking = item.JudgementBlocking, answer = item.Answer }, now);
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Closes the review when the domain allows it (every question judged), and records its open points as actions.</summary>
    public async Task<JudgingOutcome> CloseAsync(SiteEntity site, int number, int? version, Actor actor, CancellationToken cancellationToken = default)
    {
        var siteId = site.Id;
        var q = await TrackedAsync(siteId, number, cancellationToken);
        if (q is null)
        {
            return JudgingOutcome.NotFound;
        }

        if (version is not null && version != q.Version)
        {
            return JudgingOutcome.Changed;
        }

        var now = time.GetUtcNow();
        var review = StoredReview.Of(q);
        try
        {
            review.Close(DateOnly.FromDateTime(now.UtcDateTime));
        }
        catch (QuestionnaireRuleException e)
        {
            return new JudgingOutcome(true, e.Problem);
        }

        if (q.MarkJudged(actor.UserName, now) is { } refusal)
        {
            return new JudgingOutcome(true, Problem(q, refusal));
        }

        var actions = review.OpenPoints.Select(p => new SupplierAction
        {
            SiteId = siteId,
            QuestionnaireId = q.Id,
            SupplierId = q.SupplierId,
            SuppliedItemId = q.SuppliedItemId,
            ItemId = p.ItemId,
            TitleJa = p.ActionTitle.Ja,
            TitleEn = p.ActionTitle.En,
            Reason = StoredReview.ReasonCode(p.Reason),
            Blocking = p.Blocking,
            Note = p.Note,
            Status = SupplierAction.Open,
            CreatedAt = now,
        }).ToList();
        await supplierActions.ScheduleAsync(site, q.SuppliedItemId, actions, cancellationToken);
        db.SupplierActions().AddRange(actions);
        SupplyAudit.Add(db, siteId, actor, "close", "questionnaires", QuestionnaireDesk.Key(q), null, new
        {
            verdict = review.Verdict.ToString(),
            coverage = new { review.Coverage.Answered, review.Coverage.Total },
            actions = actions.Select(a => new { item = a.ItemId, a.Reason, a.Blocking, a.Note }),
        }, now);
        return await SaveAsync(cancellationToken);
    }

    /// <summary>
    /// Saves the questionnaire with its audit row (and actions) in one transaction; another save of the questionnaire
    /// since we read it fails the version check, and nothing of ours is kept (not even in this context).
    /// </summary>
    private async Task<JudgingOutcome> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return JudgingOutcome.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return JudgingOutcome.Changed;
        }
    }

    /// <summary>The questionnaire's own refusal in the review's words (the review refuses first; this is the race with another closer).</summary>
    private static Message Problem(Questionnaire q, QuestionnaireRefusal refusal) => refusal == QuestionnaireRefusal.NotJudged
        ? new Message("SupplierRuleCloseIncomplete", q.Items.Count(i => i.Judgement is null))
        : new Message("SupplierRuleClosed", q.JudgedAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    private Task<Questionnaire?> TrackedAsync(int siteId, int number, CancellationToken cancellationToken) =>
        db.Questionnaires().Include(q => q.Items).SingleOrDefaultAsync(q => q.SiteId == siteId && q.Number == number, cancellationToken);
}
