using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Cases;

internal sealed class OodaCaseConfiguration : IEntityTypeConfiguration<OodaCase>
{
    private const int Text = 8000;

    public void Configure(EntityTypeBuilder<OodaCase> c)
    {
        c.ToTable("OodaCases");
        c.Property(x => x.Stage).HasMaxLength(32);
        c.Property(x => x.Phase).HasMaxLength(32);
        c.Property(x => x.Title).HasMaxLength(500);
        c.Property(x => x.Description).HasMaxLength(Text);
        c.Property(x => x.AssetId).HasMaxLength(200);
        c.Property(x => x.Severity).HasMaxLength(16);
        c.Property(x => x.OpenedBy).HasMaxLength(256);
        c.Property(x => x.MatchKey).HasMaxLength(1000);
        c.Property(x => x.Assessment).HasMaxLength(Text);
        c.Property(x => x.Decision).HasMaxLength(Text);
        c.Property(x => x.DecisionMakers).HasMaxLength(1000);
        c.Property(x => x.OperationImpact).HasMaxLength(Text);
        c.Property(x => x.ApprovedBy).HasMaxLength(256);
        c.Property(x => x.WorkDone).HasMaxLength(Text);
        c.Property(x => x.Evidence).HasMaxLength(Text);
        c.Property(x => x.Resolution).HasMaxLength(32);
        c.Property(x => x.Version).IsConcurrencyToken();
        c.HasIndex(x => new { x.SiteId, x.Number }).IsUnique();
        c.HasIndex(x => new { x.SiteId, x.MatchKey }).IsUnique();
        c.HasIndex(x => new { x.SiteId, x.Phase, x.DueAt });
        c.OwnsOne(x => x.Match, m =>
        {
            m.Property(x => x.AdvisoryId).HasMaxLength(200);
            m.Property(x => x.AdvisoryVersion).HasMaxLength(64);
            m.Property(x => x.Publisher).HasMaxLength(500);
            m.Property(x => x.ProductId).HasMaxLength(200);
            m.Property(x => x.Component).HasMaxLength(500);
            m.Property(x => x.Cves).HasMaxLength(4000);
            m.Property(x => x.Method).HasMaxLength(32);
            m.Property(x => x.Confidence).HasMaxLength(32);
            m.Property(x => x.Reason).HasMaxLength(2000);
        });
        c.HasMany(x => x.Events).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        c.HasOne(x => x.Site).WithMany().HasForeignKey(x => x.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
