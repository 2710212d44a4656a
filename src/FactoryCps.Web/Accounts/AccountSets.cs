using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Accounts;

/// <summary>The API tokens' rows, read as <c>db.ApiTokens</c>.</summary>
internal static class AccountSets
{
    extension(FcpsDbContext db)
    {
        public DbSet<ApiToken> ApiTokens => db.Set<ApiToken>();
    }
}
