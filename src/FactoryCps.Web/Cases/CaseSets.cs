using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Cases;

/// <summary>The OODA roles' and cases' rows, read as <c>db.OodaAssignments</c> and <c>db.OodaCases</c>.</summary>
internal static class CaseSets
{
    extension(FcpsDbContext db)
    {
        public DbSet<OodaAssignment> OodaAssignments => db.Set<OodaAssignment>();

        public DbSet<OodaCase> OodaCases => db.Set<OodaCase>();
    }
}
