using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Sites;

/// <summary>The sites' rows, read as <c>db.Sites</c>: the context lists no feature's DbSet, so Data depends on no feature.</summary>
internal static class SiteSets
{
    extension(FcpsDbContext db)
    {
        public DbSet<SiteEntity> Sites => db.Set<SiteEntity>();

        public DbSet<SiteMember> SiteMembers => db.Set<SiteMember>();

        public DbSet<ModelObjectEntity> ModelObjects => db.Set<ModelObjectEntity>();
    }
}
