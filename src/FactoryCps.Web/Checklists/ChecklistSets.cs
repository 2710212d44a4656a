using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Checklists;

/// <summary>The assessment rounds', their questions' and evidence files' rows, read as <c>db.AssessmentRounds</c> and so on.</summary>
internal static class ChecklistSets
{
    extension(FcpsDbContext db)
    {
        public DbSet<AssessmentRound> AssessmentRounds => db.Set<AssessmentRound>();

        public DbSet<RoundQuestion> RoundQuestions => db.Set<RoundQuestion>();

        public DbSet<RoundEvidence> RoundEvidence => db.Set<RoundEvidence>();
    }
}
