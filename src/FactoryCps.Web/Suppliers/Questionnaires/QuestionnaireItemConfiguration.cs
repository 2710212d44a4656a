using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Suppliers.Questionnaires;

internal sealed class QuestionnaireItemConfiguration : IEntityTypeConfiguration<QuestionnaireItem>
{
    public void Configure(EntityTypeBuilder<QuestionnaireItem> i)
    {
        i.ToTable("QuestionnaireItems");
        i.Property(x => x.ItemId).HasMaxLength(100);
        i.Property(x => x.TextJa).HasMaxLength(4000);
        i.Property(x => x.TextEn).HasMaxLength(4000);
        i.Property(x => x.Basis).HasMaxLength(16);
        i.Property(x => x.BasisRef).HasMaxLength(200);
        i.Property(x => x.Answer).HasMaxLength(16);
        i.Property(x => x.Comment).HasMaxLength(Questionnaire.MaxComment);
        i.Property(x => x.AnsweredBy).HasMaxLength(256);
        i.Property(x => x.Judgement).HasMaxLength(16);
        i.Property(x => x.JudgementNote).HasMaxLength(Questionnaire.MaxComment);
        i.Property(x => x.JudgedBy).HasMaxLength(256);
        i.HasIndex(x => new { x.QuestionnaireId, x.ItemId }).IsUnique();
        i.HasMany(x => x.Evidence).WithOne().HasForeignKey(e => e.QuestionnaireItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
