using FactoryCps.Analysis;
using FactoryCps.Suppliers.Actions;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Suppliers.Actions;

/// <summary>How a change of a supplier action ended: done, no such action, an old version, or a rule it broke.</summary>
internal enum SupplierActionOutcomeKind
{
    Done,
    NotFound,
    Stale,
    Refused,
}

/// <summary>The result of assigning or completing a supplier action, with the action as stored now.</summary>
internal sealed record SupplierActionOutcome(SupplierActionOutcomeKind Kind, SupplierAction? Action = null, SupplierActionRefusal? Refusal = null);

/// <summary>An open or done supplier action as the plan shows it: its weight in the plan's unit and whether it is overdue.</summary>
internal sealed record PlannedSupplierAction(SupplierAction Action, SupplierActionWeight Weight, bool Overdue);

/// <summary>
/// The site's plan actions from suppliers' open points: listed and weighed against the site's analysis, given due
/// dates when a review is closed, assigned and marked done (audited, with the action's version against lost updates).
/// </summary>
internal sealed class SupplierActions(FcpsDbContext db, SiteAnalysis analysis, TimeProvider time)
{
    /// <summary>The UTC day: creation, due dates and overdue are counted in it.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>Open ones first, blocking first, then in creation order. Sorted here: SQLite cannot order by a DateTimeOffset.</summary>
    public async Task<List<SupplierAction>> ListAsync(int siteId, bool openOnly, CancellationToken cancellationToken = default)
    {
        var found = await Query(siteId, openOnly).ToListAsync(cancellationToken);
        return [.. found.OrderBy(a => a.IsDone).ThenBy(a => !a.Blocking).ThenBy(a => a.Id)];
    }

    /// <summary>How many actions are open and how many of those overdue (the dashboard's notice): the rows alone, no joins.</summary>
    public async Task<(int Open, int Overdue)> CountOpenAsync(int siteId, CancellationToken cancellationToken = default)
    {
        var open = await db.SupplierActions().AsNoTracking().Where(a => a.SiteId == siteId && a.Status == SupplierAction.Open).ToListAsync(cancellationToken);
        var today = Today;
        return (open.Count, open.Count(a => a.IsOverdue(today)));
    }

    /// <summary>The actions weighed against the site's analysis, highest score first (SupplierActionPriority).</summary>
    public async Task<List<PlannedSupplierAction>> PlannedAsync(SiteEntity site, bool openOnly, CancellationToken cancellationToken = default)
    {
        var result = await analysis.AnalyzeAsync(site, cancellationToken);
        var today = Today;
        var found = await Query(site.Id, openOnly).ToListAsync(cancellationToken);
        return [.. found.Select(a => new PlannedSupplierAction(a, Weigh(result, a.Questionnaire?.SuppliedItem, a.Blocking), a.IsOverdue(today)))
            .OrderBy(p => p.Action.IsDone).ThenByDescending(p => p.Weight.Score).ThenBy(p => !p.Action.Blocking)
            .ThenBy(p => p.Action.DueDate ?? DateOnly.MaxValue).ThenBy(p => p.Action.Id)];
    }

    public async Task<PlannedSupplierAction?> FindAsync(SiteEntity site, long id, CancellationToken cancellationToken = default) =>
        await Query(site.Id, openOnly: false).SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is { } action
            ? new PlannedSupplierAction(action, Weigh(await analysis.AnalyzeAsync(site, cancellationToken), action.Questionnaire?.SuppliedItem, action.Blocking), action.IsOverdue(Today))
            : null;

    /// <summary>Gives new actions of a closing review their default due dates, by the zones their item touches.</summary>
    internal async Task ScheduleAsync(SiteEntity site, int suppliedItemId, IReadOnlyCollection<SupplierAction> actions, CancellationToken cancellationToken = default)
    {
        if (actions.Count == 0)
        {
            return;
        }

        var item = await db.SuppliedItems().AsNoTracking().SingleOrDefaultAsync(i => i.Id == suppliedItemId, cancellationToken);
        var result = await analysis.AnalyzeAsync(site, cancellationToken);
        foreach (var action in actions)
        {
            action.DueDate = SupplierActionPriority.DefaultDue(action.CreatedOn, Weigh(result, item, action.Blocking), action.Blocking);
        }
    }

    /// <summary>Sets the owner and due date of an action of the site, if <paramref name="expectedVersion"/> is still current.</summary>
    internal Task<SupplierActionOutcome> AssignAsync(int siteId, long id, int expectedVersion, string? owner, DateOnly? due, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(siteId, id, expectedVersion, "assign", actor, a => a.Assign(owner, due), cancellationToken);

    /// <summary>Marks an action of the site done; <paramref name="expectedVersion"/> null skips the version check (the API's POST without If-Match).</summary>
    internal Task<SupplierActionOutcome> MarkDoneAsync(int siteId, long id, int? expectedVersion, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(siteId, id, expectedVersion, "done", actor, a => a.MarkDone(actor.UserName, time.GetUtcNow()), cancellationToken);

    private async Task<SupplierActionOutcome> ChangeAsync(
        int siteId, long id, int? expectedVersion, string verb, Actor actor, Func<SupplierAction, SupplierActionRefusal?> change, CancellationToken cancellationToken)
    {
        var action = await db.SupplierActions().Include(a => a.Questionnaire)
            .SingleOrDefaultAsync(a => a.SiteId == siteId && a.Id == id, cancellationToken);
        if (action is null)
        {
            return new(SupplierActionOutcomeKind.NotFound);
        }

        if (expectedVersion is { } expected && expected != action.Version)
        {
            return new(SupplierActionOutcomeKind.Stale, action);
        }

        var before = Record(action);
        var version = action.Version;
        if (change(action) is { } refusal)
        {
            return new(SupplierActionOutcomeKind.Refused, action, refusal);
        }

        if (action.Version != version)
        {
            SupplyAudit.Add(db, siteId, actor, verb, "supplier-actions", $"{QuestionnaireDesk.Key(action.Questionnaire!)}/{action.ItemId}", before, Record(action), time.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone changed it between our read and our write: answer with what is stored now.
                db.ChangeTracker.Clear();
                return new(SupplierActionOutcomeKind.Stale, await db.SupplierActions().AsNoTracking().SingleAsync(a => a.Id == id, cancellationToken));
            }
        }

        return new(SupplierActionOutcomeKind.Done, action);
    }

    private static object Record(SupplierAction a) => new { a.Status, a.Owner, due = a.DueDate, a.TitleEn };

    private static SupplierActionWeight Weigh(AnalysisResult? result, SuppliedItem? item, bool blocking) =>
        result is null || item is null
            ? new SupplierActionWeight([], 0, 0, 0)
            : SupplierActionPriority.Weigh(result, new SupplyTouch(item.Zones, item.Assets, item.Externals, item.Conduits), blocking);

    private IQueryable<SupplierAction> Query(int siteId, bool openOnly) => db.SupplierActions().AsNoTracking()
        .Include(a => a.Questionnaire).ThenInclude(q => q!.Supplier)
        .Include(a => a.Questionnaire).ThenInclude(q => q!.SuppliedItem)
        .Where(a => a.SiteId == siteId && (!openOnly || a.Status == SupplierAction.Open));
}
