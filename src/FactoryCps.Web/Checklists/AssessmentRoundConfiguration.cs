using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Checklists;

internal sealed class AssessmentRoundConfiguration : IEntityTypeConfiguration<AssessmentRound>
{
    public void Configure(EntityTypeBuilder<AssessmentRound> r)
    {
        r.ToTable("AssessmentRounds");
        r.Property(x => x.Title).HasMaxLength(AssessmentRound.MaxTitle);
        r.Property(x => x.ScopeZones).HasMaxLength(20_000);
        r.Property(x => x.ScopeSteps).HasMaxLength(200);
        r.Property(x => x.ScopeGroups).HasMaxLength(2000);
        r.Property(x => x.State).HasMaxLength(16);
        r.Property(x => x.CreatedBy).HasMaxLength(256);
        r.Property(x => x.ClosedBy).HasMaxLength(256);
        r.Property(x => x.Decision).HasMaxLength(16);
        r.Property(x => x.DecisionReason).HasMaxLength(AssessmentRound.MaxText);
        r.Property(x => x.Version).IsConcurrencyToken();
        r.HasIndex(x => new { x.SiteId, x.Number }).IsUnique();
        r.HasMany(x => x.Questions).WithOne().HasForeignKey(q => q.RoundId).OnDelete(DeleteBehavior.Cascade);
        r.HasOne<SiteEntity>().WithMany().HasForeignKey(x => x.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
