using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Cases;

internal sealed class OodaCaseEventConfiguration : IEntityTypeConfiguration<OodaCaseEvent>
{
    public void Configure(EntityTypeBuilder<OodaCaseEvent> e)
    {
        e.ToTable("OodaCaseEvents");
        e.Property(x => x.UserName).HasMaxLength(256);
        e.Property(x => x.Kind).HasMaxLength(32);
        e.Property(x => x.FromPhase).HasMaxLength(32);
        e.Property(x => x.ToPhase).HasMaxLength(32);
        e.Property(x => x.Note).HasMaxLength(2000);
        e.HasIndex(x => new { x.CaseId, x.At });
    }
}
