using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Suppliers;

internal sealed class SuppliedItemConfiguration : IEntityTypeConfiguration<SuppliedItem>
{
    public void Configure(EntityTypeBuilder<SuppliedItem> i)
    {
        i.ToTable("SuppliedItems");
        i.Property(x => x.Name).HasMaxLength(200);
        i.Property(x => x.Category).HasMaxLength(16);
        i.Property(x => x.Phase).HasMaxLength(16);
        i.Property(x => x.Zones).AsIdList();
        i.Property(x => x.Assets).AsIdList();
        i.Property(x => x.Externals).AsIdList();
        i.Property(x => x.Conduits).AsIdList();
        i.Property(x => x.Version).IsConcurrencyToken();
        i.HasIndex(x => new { x.SiteId, x.SupplierId });
    }
}
