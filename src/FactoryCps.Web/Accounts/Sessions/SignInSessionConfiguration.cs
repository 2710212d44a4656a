using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Accounts.Sessions;

internal sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public void Configure(EntityTypeBuilder<SignInSession> session)
    {
        session.ToTable("SignInSessions");
        session.Property(s => s.Id).HasMaxLength(32);
        session.Property(s => s.Owner).HasMaxLength(100);
        session.Property(s => s.Browser).HasMaxLength(BrowserSummary.MaxLength);
        session.Property(s => s.Address).HasMaxLength(64);
        session.Property(s => s.EndedBecause).HasMaxLength(16);
        // The session page lists one owner's open sessions; the cookie check reads one row by its key.
        session.HasIndex(s => new { s.Owner, s.EndedAt });
    }
}
