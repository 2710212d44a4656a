using System.Net;
using System.Text.Json;
using FactoryCps.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web;

/// <summary>
/// Passkeys over HTTP (the browser test registers and uses one): the options endpoints need the page's anti-forgery
/// token, the creation options a signed-in user; they are offered only under a domain name on a secure page or
/// localhost; a refused assertion signs nobody in; the passkeys page names and removes a user's own passkeys.
/// </summary>
public sealed class PasskeyTests
{
    private const string Email = "engineer@example.com";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [DatabaseProviders]
    public async Task The_creation_options_need_a_signed_in_user_and_the_pages_token(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync(Email, roles: (WebFactory.DemoSite, "engineer"));
        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var toLogin = await anonymous.PostAsync("/account/passkeys/options", new FormUrlEncodedContent([]), Token);
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        Assert.StartsWith("/login", toLogin.Headers.Location!.AbsolutePath, StringComparison.Ordinal);

        var client = await factory.SignedInClientAsync(Email);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/account/passkeys/options", new FormUrlEncodedContent([]), Token)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/account/passkeys/options", Form("not-a-token"), Token)).StatusCode);

        var options = await client.PostAsync("/account/passkeys/options", Form(await PageTokenAsync(client, "/account/passkeys", "#passkey-add")), Token);
        Assert.Equal(HttpStatusCode.OK, options.StatusCode);
        Assert.Contains("no-store", options.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await options.Content.ReadAsStringAsync(Token));
        Assert.Equal("localhost", json.RootElement.GetProperty("rp").GetProperty("id").GetString());
        Assert.Equal(Email, json.RootElement.GetProperty("user").GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("challenge").GetString()));
    }

    [Theory]
    [DatabaseProviders]
    public async Task Sign_in_options_need_the_login_pages_token_and_a_refused_assertion_signs_nobody_in(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/login/passkey/options", new FormUrlEncodedContent([]), Token)).StatusCode);

        var token = await PageTokenAsync(client, "/login", "#passkey-signin");
        var options = await client.PostAsync("/login/passkey/options", Form(token), Token);
        Assert.Equal(HttpStatusCode.OK, options.StatusCode);
        using (var json = JsonDocument.Parse(await options.Content.ReadAsStringAsync(Token)))
        {
            Assert.Equal("localhost", json.RootElement.GetProperty("rpId").GetString());
            // No name was asked for: the options list no account's passkeys.
            Assert.True(!json.RootElement.TryGetProperty("allowCredentials", out var allowed) || allowed.GetArrayLength() == 0);
        }

        var refused = await client.PostAsync("/login/passkey", Form(token, ("credential", "{\"id\":\"AAAA\",\"type\":\"public-key\"}")), Token);
        Assert.Equal("/login?passkey=failed", refused.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/login/passkey", new FormUrlEncodedContent([new("credential", "{}")]), Token)).StatusCode);
        var page = await client.GetAsync("/login?passkey=failed", Token);
        Assert.NotNull(Forms.Parse(await page.Content.ReadAsStringAsync(Token)).QuerySelector("#login-error"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account/sessions", Token)).StatusCode); // not signed in
    }

    [Theory]
    [DatabaseProviders]
    public async Task Passkeys_are_not_offered_at_an_address_and_take_the_public_addresss_domain(string provider)
    {
        await using (var factory = await WebFactory.CreateAsync(provider))
        {
            await factory.AddUserAsync(Email, roles: (WebFactory.DemoSite, "engineer"));
            var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://127.0.0.1/") });
            var login = await Forms.GetAsync(client, "/login");
            Assert.Null(login.Document.QuerySelector("#passkey-signin"));
            Assert.Null(login.Document.QuerySelector("script"));
            Assert.Equal(HttpStatusCode.Redirect, (await login.SubmitAsync(client, new() { ["Email"] = Email, ["Password"] = WebFactory.Password })).StatusCode);
            var page = await Forms.PageAsync(client, "/account/passkeys");
            Assert.NotNull(page.QuerySelector("#passkeys-not-offered"));
            Assert.Null(page.QuerySelector("#passkey-add"));
            var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/account/passkeys/options", Form(token), Token)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/login/passkey/options", Form(token), Token)).StatusCode);
        }

        await using var behindTls = await WebFactory.CreateAsync(provider, settings: new() { ["Fcps:PublicUrl"] = "https://fcps.example.com/" });
        await behindTls.AddUserAsync(Email, roles: (WebFactory.DemoSite, "engineer"));
        var user = await behindTls.SignedInClientAsync(Email);
        var options = await user.PostAsync("/account/passkeys/options", Form(await PageTokenAsync(user, "/account/passkeys", "#passkey-add")), Token);
        using var json = JsonDocument.Parse(await options.Content.ReadAsStringAsync(Token));
        Assert.Equal("fcps.example.com", json.RootElement.GetProperty("rp").GetProperty("id").GetString());
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_user_renames_and_removes_only_their_own_passkeys(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var user = await factory.AddUserAsync(Email, roles: (WebFactory.DemoSite, "engineer"));
        var other = await factory.AddUserAsync("viewer@example.com", roles: (WebFactory.DemoSite, "viewer"));
        await AddPasskeyAsync(factory, user, [1, 2, 3, 4], "old name");
        await AddPasskeyAsync(factory, other, [9, 9, 9, 9], "not yours");
        var client = await factory.SignedInClientAsync(Email);

        var rename = await Forms.GetAsync(client, "/account/passkeys", "form[action*='handler=Rename']");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await rename.SubmitAsync(client, new() { ["name"] = new string('x', 61) })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await rename.SubmitAsync(client, new() { ["name"] = "事務所の PC" })).StatusCode);
        var page = await Forms.PageAsync(client, "/account/passkeys?done=renamed");
        Assert.Equal("事務所の PC", page.QuerySelector("#passkeys input[name='name']")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#passkey-message"));

        var remove = await Forms.GetAsync(client, "/account/passkeys", "form[action*='handler=Remove']");
        Assert.Equal(HttpStatusCode.NotFound, (await remove.SubmitAsync(client, new() { ["id"] = "CQkJCQ" })).StatusCode); // the other user's
        Assert.Equal(HttpStatusCode.Redirect, (await remove.SubmitAsync(client, [])).StatusCode);
        Assert.NotNull((await Forms.PageAsync(client, "/account/passkeys")).QuerySelector("#no-passkeys"));

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FcpsUser>>();
        Assert.Single(await users.GetPasskeysAsync((await users.FindByIdAsync(other.Id))!));
    }

    private static async Task AddPasskeyAsync(WebFactory factory, FcpsUser user, byte[] credentialId, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FcpsUser>>();
        var passkey = new UserPasskeyInfo(credentialId, [5, 6, 7], DateTimeOffset.UnixEpoch, 0, null, isUserVerified: true, isBackupEligible: false, isBackedUp: false, [1], [2]) { Name = name };
        Assert.True((await users.AddOrUpdatePasskeyAsync((await users.FindByIdAsync(user.Id))!, passkey)).Succeeded);
    }

    private static async Task<string> PageTokenAsync(HttpClient client, string path, string form)
    {
        var page = await Forms.PageAsync(client, path);
        var element = page.QuerySelector(form) ?? throw new Xunit.Sdk.XunitException($"no {form} on {path}");
        return element.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
    }

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
}
