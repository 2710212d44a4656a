using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Suppliers.Accounts;

/// <summary>The supplier accounts' rows.</summary>
internal static class SupplierAccountSets
{
    public static DbSet<SupplierAccount> SupplierAccounts(this FcpsDbContext db) => db.Set<SupplierAccount>();
}
