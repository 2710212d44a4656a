using FactoryCps.Catalog;
using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Cases;

/// <summary>
/// Who may complete a phase of a case at a site: the roles the site assigned on its Step 3 page, otherwise the
/// catalogue's default for that row of the extension's OODA table.
/// </summary>
internal sealed class CaseMovers(FcpsDbContext db, GuidelineCatalog catalog)
{
    public async Task<IReadOnlyCollection<string>> ForAsync(int siteId, string stage, string phase, CancellationToken cancellationToken = default)
    {
        var assigned = await db.OodaAssignments.AsNoTracking()
            .Where(a => a.SiteId == siteId && a.Stage == stage && a.Phase == phase)
            .Select(a => a.MovedBy)
            .SingleOrDefaultAsync(cancellationToken);
        return assigned is not null ? Split(assigned) : Default(catalog, stage, phase);
    }

    public static IReadOnlyCollection<string> Default(GuidelineCatalog catalog, string stage, string phase) =>
        catalog.Ooda.FirstOrDefault(e => e.Stage == stage && e.Phase == phase)?.MovedBy ?? [];

    public static string[] Split(string roles) => roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
