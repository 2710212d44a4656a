using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Advisories;

internal sealed class AdvisoryRevisionEntityConfiguration : IEntityTypeConfiguration<AdvisoryRevisionEntity>
{
    public void Configure(EntityTypeBuilder<AdvisoryRevisionEntity> revision)
    {
        revision.ToTable("AdvisoryRevisions");
        revision.Property(r => r.Version).HasMaxLength(128);
        revision.Property(r => r.ContentSha256).HasMaxLength(64).IsFixedLength();
        revision.Property(r => r.SourceName).HasMaxLength(512);
        revision.Property(r => r.ImportedBy).HasMaxLength(256);
        // One row per version: a second import of it is either unchanged or a conflict, never a new row.
        revision.HasIndex(r => new { r.AdvisoryId, r.Version }).IsUnique();
    }
}
