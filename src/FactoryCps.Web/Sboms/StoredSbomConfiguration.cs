using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Sboms;

internal sealed class StoredSbomConfiguration : IEntityTypeConfiguration<StoredSbom>
{
    public void Configure(EntityTypeBuilder<StoredSbom> sbom)
    {
        sbom.ToTable("Sboms");
        sbom.Property(s => s.AssetId).HasMaxLength(512);
        sbom.Property(s => s.FileName).HasMaxLength(256);
        sbom.Property(s => s.Format).HasMaxLength(16);
        sbom.Property(s => s.SpecVersion).HasMaxLength(16);
        sbom.Property(s => s.Subject).HasMaxLength(512);
        sbom.Property(s => s.Sha256).HasMaxLength(64);
        sbom.Property(s => s.UploadedBy).HasMaxLength(256);
        // The current SBOM of an asset is its row with the highest id; this index answers that and the history.
        sbom.HasIndex(s => new { s.SiteId, s.AssetId, s.Id });
        sbom.HasOne(s => s.Site).WithMany().HasForeignKey(s => s.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The SBOM rows, without a DbSet on the context, so the feature's storage stays in these two files.</summary>
internal static class StoredSbomSet
{
    public static DbSet<StoredSbom> Sboms(this FcpsDbContext db) => db.Set<StoredSbom>();
}
