using System.Net;
using System.Net.Http.Headers;

namespace FactoryCps.Tests.Web;

/// <summary>
/// Sign-out and the language switch, staff and portal, are browser forms posted to minimal-API endpoints: without
/// a valid anti-forgery token they are refused with 400 and the error page, and nothing happens (issue 14: sign-out
/// was accepted without one, the language switch answered 500 with an empty body).
/// </summary>
public sealed class FormPostTokenTests
{
    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private static async Task RefusedWithThePageAsync(HttpClient client, string path, FormUrlEncodedContent form)
    {
        var response = await client.PostAsync(path, form, Token);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.NotNull(Forms.Parse(await response.Content.ReadAsStringAsync(Token)).QuerySelector("#status-title"));
    }

    [Theory]
    [DatabaseProviders]
    public async Task Sign_out_and_the_language_switch_need_the_token(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("viewer@example.com", roles: (WebFactory.DemoSite, "viewer"));
        var client = await factory.SignedInClientAsync("viewer@example.com");
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        await RefusedWithThePageAsync(client, "/logout", Form());
        await RefusedWithThePageAsync(client, "/logout", Form(("__RequestVerificationToken", "not-a-token")));
        await RefusedWithThePageAsync(client, "/language", Form(("culture", "en")));
        await RefusedWithThePageAsync(client, "/language", Form(("culture", "en"), ("__RequestVerificationToken", "not-a-token")));
        var still = await client.GetAsync($"/sites/{WebFactory.DemoSite}", Token);
        Assert.Equal(HttpStatusCode.OK, still.StatusCode); // still signed in
        Assert.Equal("ja", Forms.Parse(await still.Content.ReadAsStringAsync(Token)).DocumentElement.GetAttribute("lang"));

        // With the page's own token both work.
        var language = await Forms.GetAsync(client, "/", "form[action='/language']");
        var switched = await language.SubmitAsync(client, new() { ["culture"] = "en" });
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("en", (await Forms.PageAsync(client, "/")).DocumentElement.GetAttribute("lang"));
        var signOut = await Forms.GetAsync(client, "/", "form[action='/logout']");
        var signedOut = await signOut.SubmitAsync(client, []);
        Assert.Equal(("/login", HttpStatusCode.Redirect), (signedOut.Headers.Location!.OriginalString, signedOut.StatusCode));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"/sites/{WebFactory.DemoSite}", Token)).StatusCode);
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_portals_leave_and_language_need_the_token(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (_, token) = await SupplyTestData.IssueAsync(factory);
        var portal = await SupplyTestData.PortalClientAsync(factory, token);

        await RefusedWithThePageAsync(portal, "/portal/leave", Form());
        await RefusedWithThePageAsync(portal, "/portal/language", Form(("culture", "en")));
        // The session is still open: the portal's start leads to the questionnaire, not to the sign-in or the end page.
        var start = await portal.GetAsync("/portal", Token);
        Assert.True(start.StatusCode == HttpStatusCode.OK || start.Headers.Location?.OriginalString.StartsWith("/portal/questionnaires/", StringComparison.Ordinal) == true, $"{(int)start.StatusCode} {start.Headers.Location}");
    }
}
