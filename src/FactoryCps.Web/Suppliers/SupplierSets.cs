using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Suppliers;

/// <summary>The suppliers' and supplied items' rows, without DbSets on the context, so the feature's storage stays in its own files.</summary>
internal static class SupplierSets
{
    public static DbSet<Supplier> Suppliers(this FcpsDbContext db) => db.Set<Supplier>();

    public static DbSet<SuppliedItem> SuppliedItems(this FcpsDbContext db) => db.Set<SuppliedItem>();
}
