using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Suppliers;

/// <summary>The site's plan actions from suppliers' open points: listed with their questionnaire, marked done (audited).</summary>
public sealed class SupplierActions(FcpsDbContext db, TimeProvider time)
{
    /// <summary>Open ones first, blocking first, then in creation order. Sorted here: SQLite cannot order by a DateTimeOffset.</summary>
    public async Task<List<SupplierAction>> ListAsync(int siteId, bool openOnly, CancellationToken cancellationToken = default)
    {
        var found = await db.SupplierActions().AsNoTracking()
            .Include(a => a.Questionnaire).ThenInclude(q => q!.Supplier)
            .Include(a => a.Questionnaire).ThenInclude(q => q!.SuppliedItem)
            .Where(a => a.SiteId == siteId && (!openOnly || a.Status == SupplierAction.Open))
            .ToListAsync(cancellationToken);
        return [.. found.OrderBy(a => a.Status != SupplierAction.Open).ThenBy(a => !a.Blocking).ThenBy(a => a.Id)];
    }

    /// <summary>Marks an open action of the site done; false when the site has no such open action.</summary>
    internal async Task<bool> MarkDoneAsync(int siteId, long id, Actor actor, CancellationToken cancellationToken = default)
    {
        var action = await db.SupplierActions().Include(a => a.Questionnaire)
            .SingleOrDefaultAsync(a => a.SiteId == siteId && a.Id == id && a.Status == SupplierAction.Open, cancellationToken);
        if (action is null)
        {
            return false;
        }

        var now = time.GetUtcNow();
        action.Status = SupplierAction.Done;
        action.DoneAt = now;
        action.DoneBy = actor.UserName;
        SupplyAudit.Add(db, siteId, actor, "done", "supplier-actions", $"{QuestionnaireDesk.Key(action.Questionnaire!)}/{action.ItemId}",
            new { status = SupplierAction.Open }, new { action.Status, action.TitleEn }, now);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
