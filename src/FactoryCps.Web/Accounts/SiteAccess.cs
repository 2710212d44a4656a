using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Accounts;

/// <summary>
/// The sites a user may see, and whether they may do something at one. A site the user holds no role at does
/// not exist for them: callers answer 404, never 403, so that site names do not leak.
/// </summary>
public sealed class SiteAccess(FcpsDbContext db)
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

    /// <summary>The site when the user may do <paramref name="permission"/> there; null means "not found" to the user.</summary>
    public async Task<SiteEntity?> FindAsync(string userId, string siteKey, SitePermission permission, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        var site = await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Key == siteKey, cancellationToken);
        if (user is null || site is null)
        {
            return null;
        }

        var role = await db.SiteMembers.AsNoTracking()
            .Where(m => m.SiteId == site.Id && m.UserId == userId)
            .Select(m => m.Role)
            .SingleOrDefaultAsync(cancellationToken);
        return SiteRoles.Allows(user.IsAdministrator, role, permission) ? site : null;
    }
}
