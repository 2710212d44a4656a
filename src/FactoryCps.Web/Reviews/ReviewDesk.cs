using System.Globalization;
using FactoryCps.Suppliers.Actions;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Reviews;

/// <summary>
/// Creates, saves and closes a site's reviews. The page and the API both come here, so the checks, the versions and
/// the audit are the same; every change is audited in the same transaction as itself.
/// </summary>
internal sealed partial class ReviewDesk(FcpsDbContext db, SiteModelStore store, TimeProvider time)
{
    public const string Section = "reviews";

    /// <summary>Newest first, without participants and actions.</summary>
    public Task<List<ReviewRecord>> ListAsync(int siteId, CancellationToken cancellationToken = default) =>
        db.Reviews.AsNoTracking().Where(r => r.SiteId == siteId).OrderByDescending(r => r.Number)
            .Select(r => new ReviewRecord
            {
                Id = r.Id,
                SiteId = r.SiteId,
                Number = r.Number,
                Kind = r.Kind,
                HeldOn = r.HeldOn,
                NextReview = r.NextReview,
                State = r.State,
                CreatedAt = r.CreatedAt,
                CreatedBy = r.CreatedBy,
                ClosedAt = r.ClosedAt,
                ClosedBy = r.ClosedBy,
                Version = r.Version,
                BcpRechecked = r.BcpRechecked,
            })
            .ToListAsync(cancellationToken);

    public Task<ReviewRecord?> FindAsync(int siteId, int number, CancellationToken cancellationToken = default) =>
        db.Reviews.AsNoTracking()
            .Include(r => r.Participants.OrderBy(p => p.Position))
            .Include(r => r.Actions.OrderBy(a => a.Position))
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.SiteId == siteId && r.Number == number, cancellationToken);

    /// <summary>The newest closed review before <paramref name="number"/> (any, when null): the previous review whose snapshot a period starts from.</summary>
    public Task<ReviewRecord?> PreviousClosedAsync(int siteId, int? number, CancellationToken cancellationToken = default) =>
        db.Reviews.AsNoTracking()
            .Where(r => r.SiteId == siteId && r.State == ReviewRecord.Closed && (number == null || r.Number < number))
            .OrderByDescending(r => r.Number)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Starts the next review as a draft from a checked body.</summary>
    public async Task<ReviewRecord> CreateAsync(SiteEntity site, ReviewDraft draft, Actor actor, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var now = time.GetUtcNow();
            var review = new ReviewRecord
            {
                SiteId = site.Id,
                Number = (await db.Reviews.Where(r => r.SiteId == site.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0) + 1,
                Kind = draft.Kind,
                State = ReviewRecord.Open,
                CreatedAt = now,
                CreatedBy = actor.UserName,
            };
            Fill(review, draft, site.Id, now);
            db.Reviews.Add(review);
            Audit(site.Id, actor, "create", review, null, Shown(review), now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return review;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear(); // another review took the number at the same moment
            }
        }
    }

    /// <summary>Replaces an open review's record with the checked body, when the caller saw its current version.</summary>
    public async Task<ReviewRefusal?> SaveAsync(SiteEntity site, int number, int expectedVersion, ReviewDraft draft, Actor actor, CancellationToken cancellationToken = default)
    {
        var (review, refusal) = await ChangeableAsync(site, number, expectedVersion, cancellationToken);
        if (review is null)
        {
            return refusal;
        }

        var now = time.GetUtcNow();
        var before = Shown(review);
        db.ReviewParticipants.RemoveRange(review.Participants);
        db.ReviewActions.RemoveRange(review.Actions);
        review.Participants = [];
        review.Actions = [];
        Fill(review, draft, site.Id, now);
        review.Version++;
        Audit(site.Id, actor, "update", review, before, Shown(review), now);
        return await SavedAsync(cancellationToken);
    }

    private async Task<(ReviewRecord? Review, ReviewRefusal? Refusal)> ChangeableAsync(SiteEntity site, int number, int expectedVersion, CancellationToken cancellationToken)
    {
        var review = await db.Reviews.Include(r => r.Participants).Include(r => r.Actions).AsSplitQuery()
            .SingleOrDefaultAsync(r => r.SiteId == site.Id && r.Number == number, cancellationToken);
        var refusal = review is null ? ReviewRefusal.NotFound
            : review.IsClosed ? ReviewRefusal.Closed
            : review.Version != expectedVersion ? ReviewRefusal.ChangedMeanwhile
            : (ReviewRefusal?)null;
        if (refusal is not null)
        {
            db.ChangeTracker.Clear();
            return (null, refusal);
        }

        return (review, null);
    }

    private async Task<ReviewRefusal?> SavedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ReviewRefusal.ChangedMeanwhile;
        }
    }

    private static void Fill(ReviewRecord review, ReviewDraft draft, int siteId, DateTimeOffset now)
    {
        (review.Kind, review.HeldOn, review.NextReview, review.Decisions, review.BcpRechecked) = (draft.Kind, draft.HeldOn, draft.NextReview, draft.Decisions, draft.BcpRechecked);
        review.Participants = [.. draft.Participants.Select((p, i) => new ReviewParticipant { Position = i, Name = p.Name, Role = p.Role })];
        review.Actions =
        [
            .. draft.Actions.Select((a, i) => new ReviewAction
            {
                SiteId = siteId, Position = i, Title = a.Title, Owner = a.Owner, DueDate = a.DueDate, Status = SupplierActionRules.Open, CreatedAt = now,
            }),
        ];
    }

    public static string Key(ReviewRecord review) => "V-" + review.Number.ToString(CultureInfo.InvariantCulture);

    /// <summary>What the audit log keeps of a review: its record without the snapshot.</summary>
    private static object Shown(ReviewRecord r) => new
    {
        r.Kind,
        r.HeldOn,
        r.NextReview,
        r.Decisions,
        r.BcpRechecked,
        participants = r.Participants.Select(p => new { p.Name, p.Role }),
        actions = r.Actions.Select(a => new { a.Title, a.Owner, a.DueDate }),
    };

    private void Audit(int siteId, Actor actor, string action, ReviewRecord review, object? before, object? after, DateTimeOffset at) =>
        AuditTrail.Add(db, siteId, (actor.UserId, actor.UserName), action, Section, Key(review), before, after, at);
}
