using System.Net;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web;

/// <summary>
/// Every sign-in refusal reads the same, so that the page tells nobody which addresses have accounts: an unknown
/// address, a wrong password and a locked-out account (staff and supplier portal). The lockout still happens and
/// is in the audit log for administrators.
/// </summary>
public sealed class SignInRefusalTests
{
    private const string Lead = "lead@example.com";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [DatabaseProviders]
    public async Task Staff_sign_in_refuses_an_unknown_address_a_wrong_password_and_a_locked_account_alike(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var lead = await factory.AddUserAsync(Lead, false, (WebFactory.DemoSite, SiteRoles.SecurityLead));
        var client = SecondFactorClients.Browser(factory);

        var unknown = await RefusalAsync(client, "nobody@example.com", WebFactory.Password);
        Assert.Equal(unknown, await RefusalAsync(client, Lead, "Wrong-Password-1"));
        for (var i = 0; i < 4; i++)
        {
            await RefusalAsync(client, Lead, "Wrong-Password-1"); // the fifth failure locks
        }

        Assert.Equal(unknown, await RefusalAsync(client, Lead, WebFactory.Password)); // locked: even the right password
        Assert.Equal(unknown, await RefusalAsync(client, "nobody@example.com", "Wrong-Password-1"));

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        var lockout = await db.AuditEntries.SingleAsync(a => a.Action == "lockout", Ct);
        Assert.Equal((lead.Id, Lead, SignInAudit.Section), (lockout.UserId, lockout.Key, lockout.Section));
        Assert.NotNull((await db.Users.SingleAsync(u => u.Id == lead.Id, Ct)).LockoutEnd);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Portal_sign_in_refuses_alike_and_audits_the_lockout_at_the_accounts_site(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (q, _) = await SupplyTestData.IssueAsync(factory);
        var (account, password) = await SupplierAccountClients.CreateAsync(factory, q);
        var client = SupplierAccountClients.Browser(factory);

        var unknown = await PortalRefusalAsync(client, "nobody@maker.example", password);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(unknown, await PortalRefusalAsync(client, account.LoginName, "Wrong-Password-1"));
        }

        Assert.Equal(unknown, await PortalRefusalAsync(client, account.LoginName, password));
        await using var scope = factory.Services.CreateAsyncScope();
        var lockout = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().AuditEntries.SingleAsync(a => a.Action == "lockout", Ct);
        Assert.Equal((q.SiteId, "supplier-accounts"), (lockout.SiteId, lockout.Section));
    }

    private static async Task<string> RefusalAsync(HttpClient client, string email, string password)
    {
        var response = await SecondFactorClients.StaffPasswordAsync(client, email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Forms.Parse(await response.Content.ReadAsStringAsync(Ct)).QuerySelector("#login-error")!.TextContent;
    }

    private static async Task<string> PortalRefusalAsync(HttpClient client, string login, string password)
    {
        var response = await SupplierAccountClients.LoginAsync(client, login, password);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        return Forms.Parse(await response.Content.ReadAsStringAsync(Ct)).QuerySelector("#login-error")!.TextContent;
    }
}
