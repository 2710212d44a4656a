using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Reviews;

/// <summary>The reviews', their participants' and actions' rows, read as <c>db.Reviews</c> and so on.</summary>
internal static class ReviewSets
{
    extension(FcpsDbContext db)
    {
        public DbSet<ReviewRecord> Reviews => db.Set<ReviewRecord>();

        public DbSet<ReviewParticipant> ReviewParticipants => db.Set<ReviewParticipant>();

        public DbSet<ReviewAction> ReviewActions => db.Set<ReviewAction>();
    }
}
