using FactoryCps.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Suppliers.Questionnaires;

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> e)
    {
        e.ToTable("EvidenceFiles");
        StoredEvidence.Configure(e);
        e.HasIndex(x => new { x.QuestionnaireId, x.QuestionnaireItemId });
        // Through the item only: a second cascade path from the questionnaire would be refused by some databases.
        e.HasOne<Questionnaire>().WithMany().HasForeignKey(x => x.QuestionnaireId).OnDelete(DeleteBehavior.NoAction);
    }
}
