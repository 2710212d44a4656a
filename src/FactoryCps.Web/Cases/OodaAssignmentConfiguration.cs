using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Cases;

internal sealed class OodaAssignmentConfiguration : IEntityTypeConfiguration<OodaAssignment>
{
    public void Configure(EntityTypeBuilder<OodaAssignment> assignment)
    {
        assignment.ToTable("OodaAssignments");
        assignment.Property(a => a.Stage).HasMaxLength(32);
        assignment.Property(a => a.Phase).HasMaxLength(32);
        assignment.Property(a => a.Department).HasMaxLength(200);
        assignment.Property(a => a.DecisionMaker).HasMaxLength(200);
        assignment.Property(a => a.MovedBy).HasMaxLength(200);
        assignment.Property(a => a.Version).IsConcurrencyToken();
        assignment.HasIndex(a => new { a.SiteId, a.Stage, a.Phase }).IsUnique();
        assignment.HasOne(a => a.Site).WithMany().HasForeignKey(a => a.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
