using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Security;

/// <summary>
/// The sites a user may see, and whether they may do something at one. A site the user holds no role at does
/// not exist for them: callers answer 404, never 403, so that site names do not leak.
/// </summary>
internal sealed class SiteAccess(FcpsDbContext db)
{
    public async Task<List<SiteEntity>> VisibleSitesAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return [];
        }

        var sites = user.IsAdministrator ? db.Sites : db.Sites.Where(s => s.Members.Any(m => m.UserId == userId));
        return await sites.AsNoTracking().OrderBy(s => s.Key).ToListAsync(cancellationToken);
    }

    /// <summary>The site and the user's standing there; null when the site is unknown or the user holds no role there.</summary>
    public async Task<SiteContext?> CheckAsync(string userId, string siteKey, CancellationToken cancellationToken = default)
    {
        var found = await db.Sites.AsNoTracking()
            .Where(s => s.Key == siteKey)
            .Select(s => new
            {
                Site = s,
                Role = s.Members.Where(m => m.UserId == userId).Select(m => m.Role).FirstOrDefault(),
                Administrator = db.Users.Any(u => u.Id == userId && u.IsAdministrator),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null || (found.Role is null && !found.Administrator) ? null : new SiteContext(found.Site, found.Role, found.Administrator);
    }
}
