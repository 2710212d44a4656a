using FactoryCps.Suppliers.Actions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Reviews;

internal sealed class ReviewActionConfiguration : IEntityTypeConfiguration<ReviewAction>
{
    public void Configure(EntityTypeBuilder<ReviewAction> a)
    {
        a.ToTable("ReviewActions");
        a.Property(x => x.Title).HasMaxLength(ReviewRecord.MaxName * 2);
        a.Property(x => x.Owner).HasMaxLength(SupplierActionRules.MaxOwner);
        a.Property(x => x.Status).HasMaxLength(16);
        a.Property(x => x.DoneBy).HasMaxLength(256);
        a.Property(x => x.Version).IsConcurrencyToken();
        a.HasIndex(x => new { x.SiteId, x.Status });
    }
}
