using System.Net;

namespace FactoryCps.Tests.Web;

/// <summary>
/// The error page answers a failed POST too: the error is re-executed with the request's method, and the page
/// must neither refuse it as a forgery (400 would hide the 404) nor need a workaround on each page.
/// </summary>
public sealed class ErrorPageTests
{
    [Theory]
    [DatabaseProviders]
    public async Task A_post_that_finds_nothing_answers_404_with_the_error_page(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("lead@example.com", false, (WebFactory.DemoSite, "security-lead"));
        var lead = await factory.SignedInClientAsync("lead@example.com");
        lead.DefaultRequestHeaders.Accept.ParseAdd("text/html"); // a browser: errors are re-executed as the error page
        var form = await Forms.GetAsync(lead, $"/sites/{WebFactory.DemoSite}/suppliers", "#supplier-form");
        var antiforgery = form.Form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        string[] nowhere =
        [
            "/sites/no-such-site/suppliers",                                      // the site authorization's 404
            $"/sites/{WebFactory.DemoSite}/suppliers/999999?handler=item",         // a page's own NotFound()
            $"/sites/{WebFactory.DemoSite}/questionnaires/999999/excel",
            "/no-such-page",                                                       // no endpoint at all
        ];
        foreach (var url in nowhere)
        {
            var response = await lead.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", antiforgery), new("Form.Name", "x")]), Token);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"POST {url}: {(int)response.StatusCode}");
            Assert.NotNull(Forms.Parse(await response.Content.ReadAsStringAsync(Token)).QuerySelector("#status-title"));
        }

        // Without a token a POST to a real page is still refused: only the error page skips the check.
        var forged = await lead.PostAsync($"/sites/{WebFactory.DemoSite}/suppliers", new FormUrlEncodedContent([new("Form.Name", "x")]), Token);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }
}
