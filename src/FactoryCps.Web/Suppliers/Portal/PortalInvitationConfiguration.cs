using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Suppliers.Portal;

internal sealed class PortalInvitationConfiguration : IEntityTypeConfiguration<PortalInvitation>
{
    public void Configure(EntityTypeBuilder<PortalInvitation> p)
    {
        p.ToTable("PortalInvitations");
        p.Property(x => x.TokenHash).HasMaxLength(64);
        p.Property(x => x.Recipient).HasMaxLength(256);
        p.Property(x => x.CreatedBy).HasMaxLength(256);
        p.Property(x => x.RevokedBy).HasMaxLength(256);
        p.HasIndex(x => x.TokenHash).IsUnique();
        p.HasIndex(x => x.QuestionnaireId);
        p.HasOne<Questionnaire>().WithMany().HasForeignKey(x => x.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
    }
}
