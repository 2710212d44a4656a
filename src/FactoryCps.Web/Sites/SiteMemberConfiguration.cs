using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Sites;

internal sealed class SiteMemberConfiguration : IEntityTypeConfiguration<SiteMember>
{
    public void Configure(EntityTypeBuilder<SiteMember> member)
    {
        member.ToTable("SiteMembers");
        member.HasKey(m => new { m.SiteId, m.UserId });
        member.Property(m => m.Role).HasMaxLength(32);
        member.HasOne(m => m.Site).WithMany(s => s.Members).HasForeignKey(m => m.SiteId).OnDelete(DeleteBehavior.Cascade);
        member.HasOne<FcpsUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
