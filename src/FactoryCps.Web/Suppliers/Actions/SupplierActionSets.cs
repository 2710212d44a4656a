using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Suppliers.Actions;

/// <summary>The supplier actions' rows.</summary>
internal static class SupplierActionSets
{
    public static DbSet<SupplierAction> SupplierActions(this FcpsDbContext db) => db.Set<SupplierAction>();
}
