using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Reviews;

internal sealed class ReviewParticipantConfiguration : IEntityTypeConfiguration<ReviewParticipant>
{
    public void Configure(EntityTypeBuilder<ReviewParticipant> p)
    {
        p.ToTable("ReviewParticipants");
        p.Property(x => x.Name).HasMaxLength(ReviewRecord.MaxName);
        p.Property(x => x.Role).HasMaxLength(ReviewRecord.MaxName);
    }
}
