using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Data;

/// <summary>
/// The one DbContext: Identity, and every feature's entities through their <c>IEntityTypeConfiguration</c>s
/// beside the feature. It names no feature's entity (each feature reads its rows through its own extension,
/// e.g. <c>Sites/SiteSets.cs</c>), so the storage folder sits below every feature. Identity builds its part of the
/// model from the IdentityOptions of the application's services (schema version 3, with passkeys:
/// <c>Accounts/IdentitySetup.cs</c>); <see cref="Database.Open"/> gives a context made outside an application the same.
/// </summary>
internal sealed class FcpsDbContext(DbContextOptions<FcpsDbContext> options) : IdentityDbContext<FcpsUser>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FcpsDbContext).Assembly);
    }
}
