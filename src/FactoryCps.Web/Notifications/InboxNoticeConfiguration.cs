using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Notifications;

internal sealed class InboxNoticeConfiguration : IEntityTypeConfiguration<InboxNotice>
{
    public void Configure(EntityTypeBuilder<InboxNotice> notice)
    {
        notice.ToTable("InboxNotices");
        notice.Property(n => n.Kind).HasMaxLength(NoticeLimits.Kind);
        notice.Property(n => n.Subject).HasMaxLength(NoticeLimits.Subject);
        notice.Property(n => n.Link).HasMaxLength(NoticeLimits.Link);
        notice.Property(n => n.Key).HasMaxLength(NoticeLimits.Key);
        // The one place that decides "once per key per recipient", also between two servers inserting at once.
        notice.HasIndex(n => new { n.UserId, n.Key }).IsUnique();
        // The header's unread count and the inbox's pages: one user's rows, unread first.
        notice.HasIndex(n => new { n.UserId, n.ReadAt });
        // The mailer's question: which mails are due.
        notice.HasIndex(n => new { n.MailState, n.MailNextAt });
        notice.HasOne(n => n.User).WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        notice.HasOne<SiteEntity>().WithMany().HasForeignKey(n => n.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
