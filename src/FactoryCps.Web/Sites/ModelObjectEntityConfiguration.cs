using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Sites;

internal sealed class ModelObjectEntityConfiguration : IEntityTypeConfiguration<ModelObjectEntity>
{
    public void Configure(EntityTypeBuilder<ModelObjectEntity> modelObject)
    {
        modelObject.ToTable("ModelObjects");
        modelObject.Property(o => o.Section).HasMaxLength(32);
        modelObject.Property(o => o.Key).HasMaxLength(512);
        modelObject.Property(o => o.UpdatedBy).HasMaxLength(256);
        modelObject.Property(o => o.Version).IsConcurrencyToken();
        modelObject.HasIndex(o => new { o.SiteId, o.Section, o.Key }).IsUnique();
        modelObject.HasOne(o => o.Site).WithMany(s => s.Objects).HasForeignKey(o => o.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
