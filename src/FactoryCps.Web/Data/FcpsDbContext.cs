using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Data;

/// <summary>The one DbContext: Identity, sites and their members, model objects, and the audit log.</summary>
public sealed class FcpsDbContext(DbContextOptions<FcpsDbContext> options) : IdentityDbContext<FcpsUser>(options)
{
    public DbSet<SiteEntity> Sites => Set<SiteEntity>();

    public DbSet<SiteMember> SiteMembers => Set<SiteMember>();

    public DbSet<ModelObjectEntity> ModelObjects => Set<ModelObjectEntity>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FcpsDbContext).Assembly);
    }
}
