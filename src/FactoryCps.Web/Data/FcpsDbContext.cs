using FactoryCps.Web.Accounts;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Cases;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Data;

/// <summary>The one DbContext: Identity and API tokens, sites and their members, model objects, OODA roles and cases, and the audit log.</summary>
public sealed class FcpsDbContext(DbContextOptions<FcpsDbContext> options) : IdentityDbContext<FcpsUser>(options)
{
    public DbSet<SiteEntity> Sites => Set<SiteEntity>();

    public DbSet<SiteMember> SiteMembers => Set<SiteMember>();

    public DbSet<ModelObjectEntity> ModelObjects => Set<ModelObjectEntity>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<OodaAssignment> OodaAssignments => Set<OodaAssignment>();

    public DbSet<OodaCase> OodaCases => Set<OodaCase>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FcpsDbContext).Assembly);
    }
}
