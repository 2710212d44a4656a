using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Advisories;

internal sealed class AdvisoryEntityConfiguration : IEntityTypeConfiguration<AdvisoryEntity>
{
    public void Configure(EntityTypeBuilder<AdvisoryEntity> advisory)
    {
        advisory.ToTable("Advisories");
        advisory.Property(a => a.PublisherNamespace).HasMaxLength(512);
        advisory.Property(a => a.TrackingId).HasMaxLength(256);
        advisory.Property(a => a.Version).HasMaxLength(128);
        advisory.Property(a => a.PublisherName).HasMaxLength(512);
        advisory.Property(a => a.PublisherCategory).HasMaxLength(32);
        advisory.Property(a => a.Status).HasMaxLength(16);
        advisory.Property(a => a.Severity).HasMaxLength(16);
        advisory.Property(a => a.FailedTests).HasMaxLength(1024);
        advisory.Property(a => a.ContentSha256).HasMaxLength(64).IsFixedLength();
        advisory.Property(a => a.ImportedBy).HasMaxLength(256);
        advisory.HasIndex(a => new { a.PublisherNamespace, a.TrackingId }).IsUnique();
        advisory.HasIndex(a => a.TrackingId);
        advisory.HasMany(a => a.Revisions).WithOne(r => r.Advisory).HasForeignKey(r => r.AdvisoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
