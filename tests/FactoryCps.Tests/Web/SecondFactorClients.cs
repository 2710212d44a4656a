using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using OtpNet;

namespace FactoryCps.Tests.Web;

/// <summary>
/// Second-factor steps as a person does them: read the key the enrolment page shows, compute the app's code from it
/// (as an authenticator app would), and submit the forms.
/// </summary>
internal static class SecondFactorClients
{
    /// <summary>The key as the enrolment page shows it for typing by hand (grouped, lower case), as base32.</summary>
    public static string KeyOnPage(AngleSharp.Html.Dom.IHtmlDocument page) =>
        (page.QuerySelector("#authenticator-key")?.TextContent ?? throw new Xunit.Sdk.XunitException("No key on the enrolment page"))
            .Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>The authenticator app's code for a key at a time.</summary>
    public static string Code(string key, DateTimeOffset at) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(at.UtcDateTime);

    /// <summary>A six-digit code that is not the right one now (nor a step either side).</summary>
    public static string WrongCode(string key, DateTimeOffset at)
    {
        var near = new[] { -30, 0, 30 }.Select(s => Code(key, at.AddSeconds(s))).ToHashSet();
        return Enumerable.Range(0, 10).Select(i => i.ToString("D6", CultureInfo.InvariantCulture) + "").First(c => !near.Contains(c));
    }

    /// <summary>Enrols on an enrolment page (staff or portal): returns the key and the recovery codes shown once.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(HttpClient client, string page, DateTimeOffset now)
    {
        var form = await Forms.GetAsync(client, page, "#enrol-form");
        var key = KeyOnPage(form.Document);
        var response = await form.SubmitAsync(client, new() { ["Code"] = Code(key, now) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = Forms.Parse(await response.Content.ReadAsStringAsync());
        var codes = shown.QuerySelectorAll("#recovery-codes li code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, codes.Count);
        Assert.NotNull(shown.QuerySelector("#two-factor-on"));
        return (key, codes);
    }

    /// <summary>Posts the staff login form; the answer says where it leads.</summary>
    public static async Task<HttpResponseMessage> StaffPasswordAsync(HttpClient client, string email, string password)
    {
        var form = await Forms.GetAsync(client, "/login");
        return await form.SubmitAsync(client, new() { ["Email"] = email, ["Password"] = password });
    }

    /// <summary>Posts a second-step form (staff /login/second-factor or the portal's).</summary>
    public static async Task<HttpResponseMessage> SecondStepAsync(HttpClient client, string page, string code)
    {
        var form = await Forms.GetAsync(client, page, "#second-factor-form");
        return await form.SubmitAsync(client, new() { ["Code"] = code });
    }

    public static HttpClient Browser(WebFactory factory)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        return client;
    }
}
