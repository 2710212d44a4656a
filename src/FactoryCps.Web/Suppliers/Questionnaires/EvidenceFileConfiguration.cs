using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Suppliers.Questionnaires;

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> e)
    {
        e.ToTable("EvidenceFiles");
        e.Property(x => x.FileName).HasMaxLength(256);
        e.Property(x => x.ContentType).HasMaxLength(128);
        e.Property(x => x.Sha256).HasMaxLength(64);
        e.Property(x => x.UploadedBy).HasMaxLength(256);
        e.HasIndex(x => new { x.QuestionnaireId, x.QuestionnaireItemId });
        // Through the item only: a second cascade path from the questionnaire would be refused by some databases.
        e.HasOne<Questionnaire>().WithMany().HasForeignKey(x => x.QuestionnaireId).OnDelete(DeleteBehavior.NoAction);
    }
}
