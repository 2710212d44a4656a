using System.Text.RegularExpressions;
using FactoryCps.Tests.Cli;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Accounts.Sessions;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Data;

/// <summary>fcps users add | reset | reset-2fa: no default password, a one-time one that meets the rules and must be changed, on both databases.</summary>
public sealed partial class UsersCommandTests
{
    [Theory]
    [DatabaseProviders]
    public async Task Add_creates_an_administrator_whose_one_time_password_signs_in(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var result = CliRunner.Run("users", "add", "--email", "lead@example.com", "--name", "セキュリティ責任者", "--admin", "--database", database.ConnectionString, "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        var password = Password().Match(result.Out).Groups[1].Value;
        Assert.Equal(20, password.Length);
        await using var context = database.Open();
        var user = await context.Users.SingleAsync(Token);
        Assert.True(user.IsAdministrator);
        Assert.Equal("セキュリティ責任者", user.DisplayName);
        Assert.True(await CheckPassword(database, "lead@example.com", password));
        Assert.DoesNotContain(password, user.PasswordHash!, StringComparison.Ordinal);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Reset_replaces_the_password_and_ends_a_lockout(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var first = Password().Match(CliRunner.Run("users", "add", "--email", "eng@example.com", "--database", database.ConnectionString).Out).Groups[1].Value;
        await using (var context = database.Open())
        {
            await context.Users.ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddHours(1)), Token);
            var id = await context.Users.Select(u => u.Id).SingleAsync(Token);
            context.SignInSessions().Add(new SignInSession { Id = "0123456789abcdef0123456789abcdef", Owner = SessionStore.StaffOwner(id), Browser = "" });
            await context.SaveChangesAsync(Token);
        }

        var reset = CliRunner.Run("users", "reset", "--email", "eng@example.com", "--database", database.ConnectionString);

        Assert.Equal(0, reset.ExitCode);
        var second = Password().Match(reset.Out).Groups[1].Value;
        Assert.NotEqual(first, second);
        Assert.False(await CheckPassword(database, "eng@example.com", first));
        Assert.True(await CheckPassword(database, "eng@example.com", second));
        await using var after = database.Open();
        Assert.Null((await after.Users.SingleAsync(Token)).LockoutEnd);
        Assert.Equal(SessionEnd.Reset, (await after.SignInSessions().SingleAsync(Token)).EndedBecause); // whoever held it is out
    }

    [Fact]
    public async Task A_duplicate_or_unknown_user_is_an_error()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        CliRunner.Run("users", "add", "--email", "a@example.com", "--database", database.ConnectionString);

        var duplicate = CliRunner.Run("users", "add", "--email", "a@example.com", "--database", database.ConnectionString);
        var unknown = CliRunner.Run("users", "reset", "--email", "nobody@example.com", "--database", database.ConnectionString);

        Assert.Equal(2, duplicate.ExitCode);
        Assert.Contains("DuplicateUserName", duplicate.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Empty(unknown.Out);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Add_and_reset_mark_the_password_to_be_changed_and_reset_2fa_turns_the_second_factor_off_audited(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        CliRunner.Run("users", "add", "--email", "eng@example.com", "--database", database.ConnectionString);
        await using (var context = database.Open())
        {
            Assert.True((await context.Users.SingleAsync(Token)).MustChangePassword);
            await context.Users.ExecuteUpdateAsync(s => s.SetProperty(u => u.MustChangePassword, false).SetProperty(u => u.TwoFactorEnabled, true), Token);
        }

        Assert.Equal(0, CliRunner.Run("users", "reset", "--email", "eng@example.com", "--database", database.ConnectionString).ExitCode);
        var reset = CliRunner.Run("users", "reset-2fa", "--email", "eng@example.com", "--database", database.ConnectionString, "--lang", "en");
        var unknown = CliRunner.Run("users", "reset-2fa", "--email", "nobody@example.com", "--database", database.ConnectionString);

        Assert.Equal(0, reset.ExitCode);
        Assert.Contains("eng@example.com", reset.Out, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        await using var after = database.Open();
        var user = await after.Users.SingleAsync(Token);
        Assert.True(user.MustChangePassword);
        Assert.False(user.TwoFactorEnabled);
        var audit = await after.AuditEntries.SingleAsync(Token);
        Assert.Equal((null, "second-factor-reset", "fcps users reset-2fa", "eng@example.com"), (audit.SiteId, audit.Action, audit.UserName, audit.Key));
    }

    [Fact]
    public void One_time_passwords_meet_the_rules_and_differ()
    {
        var passwords = Enumerable.Range(0, 50).Select(_ => UserAdministration.NewPassword()).ToList();

        Assert.Equal(50, passwords.Distinct(StringComparer.Ordinal).Count());
        Assert.All(passwords, p => Assert.Matches("^(?=.*[A-Z])(?=.*[a-z])(?=.*[0-9])[A-Za-z0-9]{20}$", p));
    }

    private static async Task<bool> CheckPassword(TestDatabase database, string email, string password)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<FcpsDbContext>(options => Database.Configure(options, database.ConnectionString));
        services.AddFactoryCpsIdentityCore();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FcpsUser>>();
        return await users.CheckPasswordAsync((await users.FindByEmailAsync(email))!, password);
    }

    [GeneratedRegex(": ([A-Za-z0-9]{20})\\s*$", RegexOptions.Multiline)]
    private static partial Regex Password();
}
