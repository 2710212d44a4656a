using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Suppliers.Questionnaires;

internal sealed class QuestionnaireConfiguration : IEntityTypeConfiguration<Questionnaire>
{
    public void Configure(EntityTypeBuilder<Questionnaire> q)
    {
        q.ToTable("Questionnaires");
        q.Property(x => x.PublicId).HasMaxLength(64);
        q.Property(x => x.Status).HasMaxLength(16);
        q.Property(x => x.Category).HasMaxLength(16);
        q.Property(x => x.Phase).HasMaxLength(16);
        q.Property(x => x.IssuedBy).HasMaxLength(256);
        q.Property(x => x.JudgedBy).HasMaxLength(256);
        q.Property(x => x.Version).IsConcurrencyToken();
        q.HasIndex(x => new { x.SiteId, x.Number }).IsUnique();
        q.HasIndex(x => x.PublicId).IsUnique();
        q.HasIndex(x => new { x.SuppliedItemId, x.Round }).IsUnique();
        q.HasMany(x => x.Items).WithOne().HasForeignKey(i => i.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
        q.HasOne(x => x.SuppliedItem).WithMany().HasForeignKey(x => x.SuppliedItemId).OnDelete(DeleteBehavior.Cascade);
        // The supplier is reached through the item (cascade there); a second cascade path would be refused.
        q.HasOne(x => x.Supplier).WithMany().HasForeignKey(x => x.SupplierId).OnDelete(DeleteBehavior.NoAction);
        q.HasOne<SiteEntity>().WithMany().HasForeignKey(x => x.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
