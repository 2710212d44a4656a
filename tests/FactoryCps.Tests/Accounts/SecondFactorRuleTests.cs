using System.Security.Claims;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Suppliers.Accounts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace FactoryCps.Tests.Accounts;

/// <summary>The rules behind the second factor and one-time passwords, without a server.</summary>
public sealed class SecondFactorRuleTests
{
    [Theory]
    [InlineData(false, true, "security-lead", false)]
    [InlineData(true, true, null, true)]
    [InlineData(true, false, "security-lead", true)]
    [InlineData(true, false, "site-manager", false)]
    [InlineData(true, false, "viewer", false)]
    [InlineData(true, false, null, false)]
    public void Only_administrators_and_security_leads_must_use_a_second_factor_and_only_with_the_setting(bool setting, bool administrator, string? role, bool required)
    {
        string[] roles = role is null ? [] : ["viewer", role];
        Assert.Equal(required, SecondFactorRule.Required(setting, administrator, roles));
        Assert.Equal(required, SecondFactorRule.MustEnrol(setting, administrator, roles, enrolled: false));
        Assert.False(SecondFactorRule.MustEnrol(setting, administrator, roles, enrolled: true));
    }

    [Theory]
    [InlineData(AccountGate.PasswordPending, "/sites/kawasaki", AccountGate.PasswordPage)]
    [InlineData(AccountGate.PasswordPending, "/account/two-factor", AccountGate.PasswordPage)]
    [InlineData(AccountGate.PasswordPending, "/account/password", null)]
    [InlineData(AccountGate.PasswordPending, "/logout", null)]
    [InlineData(AccountGate.PasswordPending, "/api/v1/sites", null)]
    [InlineData(AccountGate.EnrolmentPending, "/", AccountGate.EnrolmentPage)]
    [InlineData(AccountGate.EnrolmentPending, "/account/tokens", AccountGate.EnrolmentPage)]
    [InlineData(AccountGate.EnrolmentPending, "/account/two-factor", null)]
    [InlineData(AccountGate.EnrolmentPending, "/account/password", null)]
    [InlineData(AccountGate.EnrolmentPending, "/language", null)]
    [InlineData(null, "/sites/kawasaki", null)]
    public void A_held_back_session_reaches_only_its_page(string? pending, string path, string? destination)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, "u1") };
        if (pending is not null)
        {
            claims.Add(new Claim(AccountGate.PendingClaim, pending));
        }

        var user = new ClaimsPrincipal(new ClaimsIdentity(claims, IdentityConstants.ApplicationScheme));
        Assert.Equal(destination, AccountGate.Destination(user, new PathString(path)));
    }

    [Fact]
    public void A_password_change_comes_before_an_enrolment()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(AccountGate.PendingClaim, AccountGate.EnrolmentPending), new Claim(AccountGate.PendingClaim, AccountGate.PasswordPending)],
            IdentityConstants.ApplicationScheme));
        Assert.Equal(AccountGate.PasswordPage, AccountGate.Destination(user, new PathString("/")));
    }

    [Fact]
    public void An_unauthenticated_or_other_scheme_principal_is_not_held_back()
    {
        var other = new ClaimsPrincipal(new ClaimsIdentity([new Claim(AccountGate.PendingClaim, AccountGate.PasswordPending)], "Portal"));
        Assert.Null(AccountGate.Destination(other, new PathString("/")));
        Assert.Null(AccountGate.Destination(new ClaimsPrincipal(new ClaimsIdentity()), new PathString("/")));
    }

    [Theory]
    [InlineData("123 456", "123456", true)]
    [InlineData(" 123456 ", "123456", true)]
    [InlineData("abcde-fghjk", "abcdefghjk", false)]
    [InlineData("12345", "12345", false)]
    [InlineData(null, "", false)]
    public void Codes_are_read_as_typed(string? typed, string normalized, bool appCode)
    {
        Assert.Equal(normalized, AuthenticatorEnrolment.Normalize(typed));
        Assert.Equal(appCode, AuthenticatorEnrolment.IsAppCode(normalized));
    }

    [Theory]
    [InlineData("abcde-12345", "ABCDE-12345")]
    [InlineData("ABCDE12345", "ABCDE-12345")]
    [InlineData("abc", "ABC")]
    public void Staff_recovery_codes_are_matched_as_identity_stores_them(string typed, string stored) =>
        Assert.Equal(stored, AuthenticatorEnrolment.IdentityRecoveryCode(AuthenticatorEnrolment.Normalize(typed)));

    [Fact]
    public void The_enrolment_draws_the_qr_code_as_an_svg_image_and_groups_the_key()
    {
        var enrolment = AuthenticatorEnrolment.For("lead@example.com", "JBSWY3DPEHPK3PXPJBSWY3DP");
        Assert.StartsWith("data:image/svg+xml;base64,", enrolment.QrDataUri, StringComparison.Ordinal);
        var svg = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(enrolment.QrDataUri["data:image/svg+xml;base64,".Length..]));
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("jbsw y3dp ehpk 3pxp jbsw y3dp", enrolment.KeyForReading);
    }

    [Fact]
    public void A_code_matches_its_key_within_a_step_either_way_and_only_once()
    {
        const string key = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        var now = new DateTimeOffset(2026, 12, 7, 6, 0, 10, TimeSpan.Zero);
        var code = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp(now.UtcDateTime);
        var step = TotpCheck.Accept(key, code, now, null);
        Assert.NotNull(step);
        Assert.Equal(step, TotpCheck.Accept(key, code[..3] + " " + code[3..], now.AddSeconds(30), step - 1)); // drift of one step, typed with a space
        Assert.Null(TotpCheck.Accept(key, code, now, step)); // seen once
        Assert.Null(TotpCheck.Accept(key, code, now.AddSeconds(90), null)); // too late
        Assert.Null(TotpCheck.Accept(key, "12345", now, null));
        Assert.Null(TotpCheck.Accept("not base32 !", code, now, null));
    }

    [Fact]
    public void Supplier_recovery_codes_are_ten_different_codes_kept_as_hashes()
    {
        var codes = SupplierSecondFactor.RecoveryCodes();
        Assert.Equal(10, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^[a-z2-9]{5}-[a-z2-9]{5}$", c));
        var hash = SupplierSecondFactor.Hash(AuthenticatorEnrolment.Normalize(codes[0]));
        Assert.Equal(64, hash.Length);
        Assert.Equal(hash, SupplierSecondFactor.Hash(AuthenticatorEnrolment.Normalize(codes[0].ToUpperInvariant())));
        Assert.DoesNotContain(AuthenticatorEnrolment.Normalize(codes[0]), hash, StringComparison.Ordinal);
    }
}
