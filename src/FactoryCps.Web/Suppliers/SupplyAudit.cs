using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Suppliers;

/// <summary>Audit entries of the supply-chain feature: section, key, and the object before and after as JSON.</summary>
internal static class SupplyAudit
{
    public static void Add(FcpsDbContext db, int siteId, Actor actor, string action, string section, string key, object? before, object? after, DateTimeOffset at) =>
        AuditTrail.Add(db, siteId, (actor.UserId, actor.UserName), action, section, key, before, after, at);

    public static object Record(Supplier s) => new { s.Name, s.Kind, s.Contact, stakeholder = s.StakeholderId };

    public static object Record(SuppliedItem i) => new
    {
        supplier = i.SupplierId,
        i.Name,
        i.Category,
        i.Phase,
        i.ContractStart,
        i.ContractEnd,
        i.SupportEnd,
        i.Zones,
        i.Assets,
        i.Externals,
        i.Conduits,
    };
}
