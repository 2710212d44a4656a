using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Suppliers;

internal sealed class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public void Configure(EntityTypeBuilder<Supplier> s)
    {
        s.ToTable("Suppliers");
        s.Property(x => x.Name).HasMaxLength(200);
        s.Property(x => x.Kind).HasMaxLength(32);
        s.Property(x => x.Contact).HasMaxLength(500);
        s.Property(x => x.StakeholderId).HasMaxLength(200);
        s.Property(x => x.Version).IsConcurrencyToken();
        s.HasIndex(x => new { x.SiteId, x.Name }).IsUnique();
        s.HasMany(x => x.Items).WithOne(i => i.Supplier).HasForeignKey(i => i.SupplierId).OnDelete(DeleteBehavior.Cascade);
        s.HasOne(x => x.Site).WithMany().HasForeignKey(x => x.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
