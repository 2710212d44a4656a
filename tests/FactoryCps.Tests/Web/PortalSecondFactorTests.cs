using System.Net;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Suppliers.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FactoryCps.Tests.Web;

/// <summary>
/// Supplier accounts' second factor over HTTP: enrolment on /portal/two-factor (the key kept protected), the second
/// step after the password (nothing opens before it; a code once; a recovery code once), and the staff's audited
/// reset on the supplier page.
/// </summary>
public sealed class PortalSecondFactorTests
{
    private const string SecondStep = "/portal/login/second-factor";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [DatabaseProviders]
    public async Task An_account_enrols_then_signs_in_with_a_code_once_and_a_recovery_code_once(string provider)
    {
        // A clock of the test's own: which 30-second step a code belongs to is decided here, not by the wall clock.
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var factory = await WebFactory.CreateAsync(provider, time: time);
        var (q, _) = await SupplyTestData.IssueAsync(factory);
        var (supplier, account) = await SupplierAccountClients.SignedInAsync(factory, q);
        var (key, codes) = await SecondFactorClients.EnrolAsync(supplier, "/portal/two-factor", time.GetUtcNow());

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().SupplierAccounts().SingleAsync(a => a.Id == account.Id, Ct);
            Assert.NotNull(stored.SecondFactorSince);
            Assert.DoesNotContain(key, stored.AuthenticatorKey!, StringComparison.OrdinalIgnoreCase); // protected, not plain
            Assert.DoesNotContain(codes[0], stored.RecoveryCodeHashes!, StringComparison.Ordinal);
        }

        var browser = SupplierAccountClients.Browser(factory);
        Assert.Equal(SecondStep, (await SupplierAccountClients.LoginAsync(browser, account.LoginName, SupplierAccountClients.ChosenPassword)).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/portal", Ct)).StatusCode); // the password alone opens nothing
        Assert.Equal(HttpStatusCode.Unauthorized, (await SecondFactorClients.SecondStepAsync(browser, SecondStep, SecondFactorClients.WrongCode(key, time.GetUtcNow()))).StatusCode);

        // The enrolment used the current code already: it is not accepted a second time. The next step's code is.
        var seen = SecondFactorClients.Code(key, time.GetUtcNow());
        Assert.Equal(HttpStatusCode.Unauthorized, (await SecondFactorClients.SecondStepAsync(browser, SecondStep, seen)).StatusCode);
        var next = SecondFactorClients.Code(key, time.GetUtcNow().AddSeconds(30));
        Assert.Equal("/portal", (await SecondFactorClients.SecondStepAsync(browser, SecondStep, next)).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/portal", Ct)).StatusCode);

        var again = SupplierAccountClients.Browser(factory);
        await SupplierAccountClients.LoginAsync(again, account.LoginName, SupplierAccountClients.ChosenPassword);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SecondFactorClients.SecondStepAsync(again, SecondStep, next)).StatusCode); // replayed
        Assert.Equal("/portal", (await SecondFactorClients.SecondStepAsync(again, SecondStep, codes[3].ToUpperInvariant())).Headers.Location?.OriginalString);

        var third = SupplierAccountClients.Browser(factory);
        await SupplierAccountClients.LoginAsync(third, account.LoginName, SupplierAccountClients.ChosenPassword);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SecondFactorClients.SecondStepAsync(third, SecondStep, codes[3])).StatusCode); // spent
        var page = await Forms.PageAsync(again, "/portal/two-factor");
        Assert.Contains("9", page.QuerySelector("#two-factor-on")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Staff_reset_a_suppliers_lost_second_factor_after_confirming_and_it_is_audited(string provider)
    {
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var factory = await WebFactory.CreateAsync(provider, time: time);
        var (q, _) = await SupplyTestData.IssueAsync(factory);
        var (supplier, account) = await SupplierAccountClients.SignedInAsync(factory, q);
        await SecondFactorClients.EnrolAsync(supplier, "/portal/two-factor", time.GetUtcNow());

        await factory.AddUserAsync("lead@example.com", false, (WebFactory.DemoSite, "security-lead"));
        var lead = await factory.SignedInClientAsync("lead@example.com");
        var page = $"/sites/{WebFactory.DemoSite}/suppliers/{q.SupplierId}";
        var row = $"#account-{account.Id} form.reset-second-factor-form";
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await (await Forms.GetAsync(lead, page, row)).SubmitAsync(lead, [])).StatusCode);
        var reset = await (await Forms.GetAsync(lead, page, row)).SubmitAsync(lead, new() { ["confirm"] = "true" });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.NotNull(Forms.Parse(await reset.Content.ReadAsStringAsync(Ct)).QuerySelector("#second-factor-reset"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await supplier.GetAsync("/portal", Ct)).StatusCode); // the session with the lost device ended

        var browser = SupplierAccountClients.Browser(factory);
        Assert.Equal("/portal", (await SupplierAccountClients.LoginAsync(browser, account.LoginName, SupplierAccountClients.ChosenPassword)).Headers.Location?.OriginalString);
        await using var scope = factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().AuditEntries
            .Where(a => a.Section == "supplier-accounts").OrderBy(a => a.Id).Select(a => a.Action + " " + a.UserName).ToListAsync(Ct);
        Assert.Equal("second-factor-reset lead@example.com", audit[^1]);
        Assert.Contains(audit, a => a.StartsWith("second-factor-enrol portal-account:", StringComparison.Ordinal));
    }
}
