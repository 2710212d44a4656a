using System.Globalization;
using FactoryCps.Suppliers.Actions;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Reviews;

/// <summary>A recorded review's open action as an item of the site's plan: the review it came from, and whether it is past its due date.</summary>
internal sealed record PlannedReviewAction(ReviewAction Action, int ReviewNumber, DateOnly HeldOn, bool Overdue)
{
    /// <summary>The action's number within its review, from 1 (the API's and the forms' address).</summary>
    public int Position => Action.Position + 1;
}

/// <summary>What became of marking a review's action done.</summary>
internal enum ReviewActionOutcome
{
    Done,
    NotFound,

    /// <summary>Someone changed the action since the caller read it (its version).</summary>
    Stale,

    /// <summary>The action was done already: a done action is a record.</summary>
    AlreadyDone,
}

internal sealed partial class ReviewDesk
{
    /// <summary>
    /// The open actions of the site's recorded reviews, for the plan. An open review's actions are a draft, replaced
    /// whenever the review is saved, so they join the plan when the review is recorded.
    /// </summary>
    public async Task<List<PlannedReviewAction>> OpenActionsAsync(int siteId, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        // A join, not SelectMany over the navigation: SQLite has no APPLY. The site's index (SiteId, Status) finds the rows.
        var rows = await db.ReviewActions.AsNoTracking()
            .Where(a => a.SiteId == siteId && a.Status == SupplierActionRules.Open)
            .Join(db.Reviews.Where(r => r.State == ReviewRecord.Closed), a => a.ReviewId, r => r.Id, (a, r) => new { Action = a, r.Number, r.HeldOn })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(x => x.Number).ThenBy(x => x.Action.Position)
            .Select(x => new PlannedReviewAction(x.Action, x.Number, x.HeldOn, SupplierActionRules.IsOverdue(x.Action, today)))];
    }

    /// <summary>One action of a recorded review, by its number within the review (from 1).</summary>
    public Task<ReviewAction?> FindActionAsync(int siteId, int number, int position, CancellationToken cancellationToken = default) =>
        db.ReviewActions.AsNoTracking()
            .Where(a => a.SiteId == siteId && a.Position == position - 1)
            .Join(db.Reviews.Where(r => r.Number == number && r.State == ReviewRecord.Closed), a => a.ReviewId, r => r.Id, (a, r) => a)
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Marks an action of a recorded review done, by the same rule as a supplier's open point; <paramref name="expectedVersion"/>
    /// null skips the version check (the API's POST without If-Match). Audited in the same transaction.
    /// </summary>
    public async Task<ReviewActionOutcome> MarkActionDoneAsync(int siteId, int number, int position, int? expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        var review = await db.Reviews.AsNoTracking().SingleOrDefaultAsync(r => r.SiteId == siteId && r.Number == number && r.State == ReviewRecord.Closed, cancellationToken);
        var action = review is null ? null : await db.ReviewActions.SingleOrDefaultAsync(a => a.ReviewId == review.Id && a.Position == position - 1, cancellationToken);
        if (action is null)
        {
            return ReviewActionOutcome.NotFound;
        }

        if (expectedVersion is { } expected && expected != action.Version)
        {
            return ReviewActionOutcome.Stale;
        }

        var before = new { action.Title, action.Owner, action.DueDate, action.Status };
        var now = time.GetUtcNow();
        if (SupplierActionRules.MarkDone(action, actor.UserName, now) is not null)
        {
            return ReviewActionOutcome.AlreadyDone;
        }

        var key = Key(review!) + "/actions/" + position.ToString(CultureInfo.InvariantCulture);
        AuditTrail.Add(db, siteId, (actor.UserId, actor.UserName), "done", Section, key, before, new { action.Title, action.Owner, action.DueDate, action.Status, action.DoneBy }, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ReviewActionOutcome.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear(); // someone marked it between our read and our write
            return ReviewActionOutcome.Stale;
        }
    }
}
