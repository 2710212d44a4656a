using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Suppliers.Portal;

/// <summary>The portal invitations' rows.</summary>
internal static class PortalSets
{
    public static DbSet<PortalInvitation> PortalInvitations(this FcpsDbContext db) => db.Set<PortalInvitation>();
}
