using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("AuditEntries");
        entry.Property(e => e.UserName).HasMaxLength(256);
        entry.Property(e => e.Action).HasMaxLength(32);
        entry.Property(e => e.Section).HasMaxLength(32);
        entry.Property(e => e.Key).HasMaxLength(512);
        entry.HasIndex(e => new { e.SiteId, e.At });
        // No foreign key to Sites: the log outlives a deleted site.
    }
}
