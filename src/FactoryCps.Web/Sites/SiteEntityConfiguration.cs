using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Sites;

internal sealed class SiteEntityConfiguration : IEntityTypeConfiguration<SiteEntity>
{
    public void Configure(EntityTypeBuilder<SiteEntity> site)
    {
        site.ToTable("Sites");
        site.Property(s => s.Key).HasMaxLength(64);
        site.HasIndex(s => s.Key).IsUnique();
        site.Property(s => s.Name).HasMaxLength(256);
        site.Property(s => s.Version).IsConcurrencyToken();
    }
}
