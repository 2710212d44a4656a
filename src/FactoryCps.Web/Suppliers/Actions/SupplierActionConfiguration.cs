using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Suppliers.Actions;

internal sealed class SupplierActionConfiguration : IEntityTypeConfiguration<SupplierAction>
{
    public void Configure(EntityTypeBuilder<SupplierAction> a)
    {
        a.ToTable("SupplierActions");
        a.Property(x => x.ItemId).HasMaxLength(100);
        a.Property(x => x.TitleJa).HasMaxLength(4200);
        a.Property(x => x.TitleEn).HasMaxLength(4200);
        a.Property(x => x.Reason).HasMaxLength(16);
        a.Property(x => x.Note).HasMaxLength(Questionnaire.MaxComment);
        a.Property(x => x.Status).HasMaxLength(8);
        a.Property(x => x.DoneBy).HasMaxLength(256);
        a.Property(x => x.Owner).HasMaxLength(SupplierAction.MaxOwner);
        a.Property(x => x.Version).IsConcurrencyToken();
        a.HasIndex(x => new { x.SiteId, x.Status });
        a.HasIndex(x => new { x.QuestionnaireId, x.ItemId }).IsUnique();
        a.HasOne(x => x.Questionnaire).WithMany().HasForeignKey(x => x.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
    }
}
