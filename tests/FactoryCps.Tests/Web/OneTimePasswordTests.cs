using System.Net;
using System.Net.Http.Headers;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web;

/// <summary>
/// A staff account made with a one-time password (an administrator on the members page, or the shell) opens only
/// the password-change page until its holder has chosen their own; its API tokens are not held back.
/// </summary>
public sealed class OneTimePasswordTests
{
    private const string Newcomer = "newcomer@example.com";
    private const string Chosen = "Genba-Kaizen-2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [DatabaseProviders]
    public async Task A_member_made_with_a_one_time_password_must_change_it_before_anything_else(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("admin@example.com", administrator: true);
        var admin = await factory.SignedInClientAsync("admin@example.com");
        var add = await Forms.GetAsync(admin, $"/sites/{WebFactory.DemoSite}/members", "#add-member-form");
        var added = await add.SubmitAsync(admin, new() { ["email"] = Newcomer, ["role"] = "engineer" });
        var oneTime = Forms.Parse(await added.Content.ReadAsStringAsync(Ct)).QuerySelector("#one-time-password")!.TextContent;

        var newcomer = SecondFactorClients.Browser(factory);
        Assert.Equal("/", (await SecondFactorClients.StaffPasswordAsync(newcomer, Newcomer, oneTime)).Headers.Location?.OriginalString);
        foreach (var path in new[] { "/", $"/sites/{WebFactory.DemoSite}", "/account/tokens", AccountGate.EnrolmentPage })
        {
            Assert.Equal(AccountGate.PasswordPage, (await newcomer.GetAsync(path, Ct)).Headers.Location?.OriginalString);
        }

        var page = await Forms.PageAsync(newcomer, AccountGate.PasswordPage);
        Assert.NotNull(page.QuerySelector("#must-change"));

        // Its API token works meanwhile: a token is no session.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var user = (await scope.ServiceProvider.GetRequiredService<UserManager<FcpsUser>>().FindByEmailAsync(Newcomer))!;
            Assert.True(user.MustChangePassword);
            var api = factory.CreateClient();
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await factory.TokenForAsync(user));
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/sites", Ct)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await ChangeAsync(newcomer, "wrong-current-1A", Chosen)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await ChangeAsync(newcomer, oneTime, Chosen, "Genba-Kaizen-2027")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await ChangeAsync(newcomer, oneTime, oneTime)).StatusCode);
        var weak = await ChangeAsync(newcomer, oneTime, "short");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        Assert.Contains("12", Forms.Parse(await weak.Content.ReadAsStringAsync(Ct)).QuerySelector("#password-errors")!.TextContent, StringComparison.Ordinal); // Identity's rule, in words

        Assert.Equal("/", (await ChangeAsync(newcomer, oneTime, Chosen)).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await newcomer.GetAsync($"/sites/{WebFactory.DemoSite}", Ct)).StatusCode);
        Assert.Null((await Forms.PageAsync(newcomer, AccountGate.PasswordPage)).QuerySelector("#must-change"));
        Assert.Equal(HttpStatusCode.OK, (await SecondFactorClients.StaffPasswordAsync(SecondFactorClients.Browser(factory), Newcomer, oneTime)).StatusCode); // refused: the form again
        Assert.Equal("/", (await SecondFactorClients.StaffPasswordAsync(SecondFactorClients.Browser(factory), Newcomer, Chosen)).Headers.Location?.OriginalString);
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_shells_add_and_reset_give_one_time_passwords(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider, demo: false);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FcpsUser>>();
        var administration = new UserAdministration(users);
        Assert.True((await administration.AddAsync(Newcomer, null, administrator: true)).Succeeded);
        var user = (await users.FindByEmailAsync(Newcomer))!;
        Assert.True(user.MustChangePassword);

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        Assert.True((await administration.ResetAsync(Newcomer)).Succeeded);
        Assert.True((await users.FindByEmailAsync(Newcomer))!.MustChangePassword);
    }

    private static async Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string chosen, string? repeated = null)
    {
        var form = await Forms.GetAsync(client, AccountGate.PasswordPage, "#password-form");
        return await form.SubmitAsync(client, new() { ["Current"] = current, ["Chosen"] = chosen, ["Repeated"] = repeated ?? chosen });
    }
}
