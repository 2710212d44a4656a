using System.Text.Json;
using FactoryCps.Cases;
using FactoryCps.Catalog;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Cases;

/// <summary>One OODA phase at a site: the catalogue's row and the site's own assignment, if any.</summary>
internal sealed record OodaRow(OodaEntry Catalog, OodaAssignment? Site);

/// <summary>
/// Step 3's role assignment: who at this site is the department and the decision maker for each OODA phase
/// of both stages. Starts from the catalogue's tables; each change is versioned and audited.
/// </summary>
internal sealed class OodaRoles(FcpsDbContext db, GuidelineCatalog catalog, TimeProvider time)
{
    public async Task<List<OodaRow>> RowsAsync(int siteId, CancellationToken cancellationToken = default)
    {
        var assigned = await db.OodaAssignments.AsNoTracking().Where(a => a.SiteId == siteId).ToListAsync(cancellationToken);
        return [.. catalog.Ooda.Select(entry => new OodaRow(entry, assigned.FirstOrDefault(a => a.Stage == entry.Stage && a.Phase == entry.Phase)))];
    }

    /// <summary>
    /// Saves an assignment; false when someone else changed it since <paramref name="expectedVersion"/>.
    /// <paramref name="movedBy"/> (the site roles that move a case on in this phase) null keeps what was assigned.
    /// </summary>
    public async Task<bool> SaveAsync(int siteId, string stage, string phase, string department, string decisionMaker, IReadOnlyCollection<string>? movedBy, int? expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!catalog.Ooda.Any(e => e.Stage == stage && e.Phase == phase))
        {
            throw new KeyNotFoundException($"{stage}/{phase}");
        }

        var existing = await db.OodaAssignments.SingleOrDefaultAsync(a => a.SiteId == siteId && a.Stage == stage && a.Phase == phase, cancellationToken);
        if (existing?.Version != expectedVersion)
        {
            return false;
        }

        var before = existing is null ? null : Json(existing);
        var target = existing ?? new OodaAssignment { SiteId = siteId, Stage = stage, Phase = phase, Department = "", DecisionMaker = "" };
        target.Department = department;
        target.DecisionMaker = decisionMaker;
        target.MovedBy = movedBy is null ? target.MovedBy : string.Join(',', movedBy);
        target.Version++;
        target.UpdatedAt = time.GetUtcNow();
        target.UpdatedBy = actor.UserName;
        if (existing is null)
        {
            db.OodaAssignments.Add(target);
        }

        db.AuditEntries.Add(new AuditEntry
        {
            SiteId = siteId,
            At = target.UpdatedAt,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = existing is null ? "create" : "update",
            Section = "ooda",
            Key = $"{stage}/{phase}",
            Before = before,
            After = Json(target),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException) when (expectedVersion is null || db.ChangeTracker.Entries().Any(e => e.State == EntityState.Modified))
        {
            // A concurrent first save (unique index) or a concurrent update (version token).
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private static string Json(OodaAssignment a) =>
        JsonSerializer.Serialize(new { department = a.Department, decisionMaker = a.DecisionMaker, movedBy = a.MovedBy });
}
