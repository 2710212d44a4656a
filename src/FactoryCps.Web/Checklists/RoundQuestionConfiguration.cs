using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Checklists;

internal sealed class RoundQuestionConfiguration : IEntityTypeConfiguration<RoundQuestion>
{
    public void Configure(EntityTypeBuilder<RoundQuestion> q)
    {
        q.ToTable("RoundQuestions");
        q.Property(x => x.QuestionId).HasMaxLength(300);
        q.Property(x => x.ItemId).HasMaxLength(100);
        q.Property(x => x.Step).HasMaxLength(16);
        q.Property(x => x.Group).HasMaxLength(100);
        q.Property(x => x.Countermeasure).HasMaxLength(100);
        q.Property(x => x.Zone).HasMaxLength(200);
        q.Property(x => x.AssigneeUser).HasMaxLength(256);
        q.Property(x => x.AssigneeRole).HasMaxLength(32);
        q.Property(x => x.Reason).HasMaxLength(AssessmentRound.MaxText);
        q.Property(x => x.Comment).HasMaxLength(AssessmentRound.MaxText);
        q.Property(x => x.AnsweredBy).HasMaxLength(256);
        q.Property(x => x.Review).HasMaxLength(16);
        q.Property(x => x.ReviewNote).HasMaxLength(AssessmentRound.MaxText);
        q.Property(x => x.ReviewedBy).HasMaxLength(256);
        q.Property(x => x.Version).IsConcurrencyToken();
        q.HasIndex(x => new { x.RoundId, x.QuestionId }).IsUnique();
    }
}
