using FactoryCps.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Checklists;

internal sealed class RoundEvidenceConfiguration : IEntityTypeConfiguration<RoundEvidence>
{
    public void Configure(EntityTypeBuilder<RoundEvidence> e)
    {
        e.ToTable("RoundEvidence");
        StoredEvidence.Configure(e);
        e.HasIndex(x => new { x.RoundId, x.RoundQuestionId });
        e.HasOne<RoundQuestion>().WithMany().HasForeignKey(x => x.RoundQuestionId).OnDelete(DeleteBehavior.Cascade);
        // Through the question only: a second cascade path from the round would be refused by some databases.
        e.HasOne<AssessmentRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.NoAction);
    }
}
