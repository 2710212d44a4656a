using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Reviews;

internal sealed class ReviewRecordConfiguration : IEntityTypeConfiguration<ReviewRecord>
{
    public void Configure(EntityTypeBuilder<ReviewRecord> r)
    {
        r.ToTable("Reviews");
        r.Property(x => x.Kind).HasMaxLength(32);
        r.Property(x => x.Decisions).HasMaxLength(ReviewRecord.MaxText);
        r.Property(x => x.State).HasMaxLength(16);
        r.Property(x => x.CreatedBy).HasMaxLength(256);
        r.Property(x => x.ClosedBy).HasMaxLength(256);
        r.Property(x => x.Version).IsConcurrencyToken();
        r.HasIndex(x => new { x.SiteId, x.Number }).IsUnique();
        r.HasIndex(x => new { x.SiteId, x.State, x.ClosedAt });
        r.HasMany(x => x.Participants).WithOne().HasForeignKey(p => p.ReviewId).OnDelete(DeleteBehavior.Cascade);
        r.HasMany(x => x.Actions).WithOne().HasForeignKey(a => a.ReviewId).OnDelete(DeleteBehavior.Cascade);
        r.HasOne<SiteEntity>().WithMany().HasForeignKey(x => x.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
