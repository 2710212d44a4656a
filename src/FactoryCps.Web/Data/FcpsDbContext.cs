using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Data;

/// <summary>
/// The one DbContext: Identity, and every feature's entities through their <c>IEntityTypeConfiguration</c>s
/// beside the feature. It names no feature's entity (each feature reads its rows through its own extension,
/// e.g. <c>Sites/SiteSets.cs</c>), so the storage folder sits below every feature.
/// </summary>
internal sealed class FcpsDbContext(DbContextOptions<FcpsDbContext> options) : IdentityDbContext<FcpsUser>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FcpsDbContext).Assembly);
    }
}
