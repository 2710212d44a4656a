using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FactoryCps.Web.Suppliers.Accounts;

internal sealed class SupplierAccountConfiguration : IEntityTypeConfiguration<SupplierAccount>
{
    public void Configure(EntityTypeBuilder<SupplierAccount> a)
    {
        a.ToTable("SupplierAccounts");
        a.Property(x => x.LoginName).HasMaxLength(256);
        a.Property(x => x.NormalizedLoginName).HasMaxLength(256);
        a.Property(x => x.DisplayName).HasMaxLength(100);
        a.Property(x => x.PasswordHash).HasMaxLength(256);
        a.Property(x => x.SessionStamp).HasMaxLength(64);
        a.Property(x => x.CreatedBy).HasMaxLength(256);
        a.Property(x => x.DisabledBy).HasMaxLength(256);
        a.Property(x => x.AuthenticatorKey).HasMaxLength(1024);
        a.Property(x => x.RecoveryCodeHashes).HasMaxLength(1024);
        a.HasIndex(x => x.NormalizedLoginName).IsUnique();
        a.HasIndex(x => new { x.SiteId, x.SupplierId });
        a.HasOne(x => x.Supplier).WithMany().HasForeignKey(x => x.SupplierId).OnDelete(DeleteBehavior.Cascade);
    }
}
