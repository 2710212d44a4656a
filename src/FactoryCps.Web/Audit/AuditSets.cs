using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Audit;

/// <summary>The audit log's rows, read as <c>db.AuditEntries</c>.</summary>
internal static class AuditSets
{
    extension(FcpsDbContext db)
    {
        public DbSet<AuditEntry> AuditEntries => db.Set<AuditEntry>();
    }
}
