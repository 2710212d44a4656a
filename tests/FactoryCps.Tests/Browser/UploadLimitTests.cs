using System.Net;
using System.Net.Http.Headers;
using FactoryCps.Tests.Web;
using FactoryCps.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// A file over a form's limit, sent through the form as a browser sends it, is answered with the 413 page in the
/// user's language that names the limit and links back to the form (issue 14: Kestrel reset the connection, which a
/// browser shows as ERR_CONNECTION_RESET). On a real Kestrel host: the in-memory test server does not reset.
/// </summary>
public sealed class UploadLimitTests
{
    private const string Site = FreshWebApplication.DemoSite;
    private const string Lead = "lead@example.com";
    private const int MB = 1024 * 1024;

    /// <summary>Each staff form: its page, the form on it, the file field's name, the file's name, its size and the limit the page must name (MB).</summary>
    public static TheoryData<string, string, string, int, int> StaffForms => new()
    {
        { $"/sites/{Site}/model", "#import-form", "model.yaml", 11 * MB, 10 },
        { $"/sites/{Site}/sboms", "form.upload-form", "sbom.json", 17 * MB, 16 },
        { "questionnaire", "#excel-form", "answers.xlsx", 6 * MB, 5 },
    };

    [Theory]
    [MemberData(nameof(StaffForms))]
    public async Task A_staff_form_answers_a_file_over_its_limit_with_the_413_page(string page, string form, string fileName, int size, int limitMb)
    {
        await using var host = await BrowserHost.StartAsync();
        await host.AddUserAsync(Lead, roles: (Site, "security-lead"));
        if (page == "questionnaire")
        {
            var (questionnaire, _) = await SupplyTestData.IssueAsync(host.Services);
            page = $"/sites/{Site}/questionnaires/{questionnaire.Number}/excel";
        }

        foreach (var (language, expected) in new[] { ("ja", $"{limitMb} MB"), ("en", $"{limitMb} MB") })
        {
            using var client = await SignedInAsync(host, language);
            await ExpectThe413PageAsync(client, page, form, fileName, size, expected, language, host.Log);
        }
    }

    [Fact]
    public async Task The_portals_forms_answer_a_file_over_their_limit_with_the_413_page()
    {
        await using var host = await BrowserHost.StartAsync();
        var (questionnaire, token) = await SupplyTestData.IssueAsync(host.Services);
        using var client = Client(host, "en");
        var invite = await Forms.GetAsync(client, $"/portal/invite/{token}");
        var opened = await invite.SubmitAsync(client, []);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var page = opened.Headers.Location!.OriginalString;

        await ExpectThe413PageAsync(client, page + "/excel", "#excel-form", "answers.xlsx", 6 * MB, "5 MB", "en", host.Log);
        await ExpectThe413PageAsync(client, page, "#upload-form", "evidence.pdf", 11 * MB, "10 MB", "en", host.Log);
        _ = questionnaire;
    }

    [Fact]
    public async Task The_api_keeps_answering_problem_details()
    {
        await using var host = await BrowserHost.StartAsync();
        var user = await host.AddUserAsync(Lead, roles: (Site, "security-lead"));
        using var client = Client(host, "en");
        client.DefaultRequestHeaders.Accept.Clear();
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        string token;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            token = await scope.ServiceProvider.GetRequiredService<ApiTokens>().CreateAsync(user.Id, "test", null, Token);
        }

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await client.PutAsync($"/api/v1/sites/{Site}/model", new ByteArrayContent(new byte[11 * MB]), Token);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task ExpectThe413PageAsync(HttpClient client, string page, string form, string fileName, int size, string limit, string language, ServerLog log)
    {
        var shown = await Forms.GetAsync(client, page, form);
        var action = shown.Form.GetAttribute("action") is { Length: > 0 } explicitAction ? explicitAction : page;
        using var content = new MultipartFormDataContent();
        foreach (var input in shown.Form.QuerySelectorAll("input[type=hidden], select"))
        {
            var value = (input is AngleSharp.Html.Dom.IHtmlSelectElement select ? select.Value : input.GetAttribute("value")) ?? "";
            content.Add(new StringContent(value), input.GetAttribute("name")!);
        }

        var file = new ByteArrayContent(new byte[size]);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", fileName);

        HttpResponseMessage response;
        try
        {
            response = await client.PostAsync(action, content, Token);
        }
        catch (HttpRequestException ex)
        {
            throw new Xunit.Sdk.XunitException($"POST {action} ({size / MB} MB): no answer, the connection failed: {ex.Message}\n{log.Problems()}");
        }

        using (response)
        {
            var html = await response.Content.ReadAsStringAsync(Token);
            Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"POST {action}: {(int)response.StatusCode}\n{html[..Math.Min(html.Length, 500)]}");
            var document = Forms.Parse(html);
            Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
            var text = document.QuerySelector("main")?.TextContent ?? html;
            Assert.Contains(limit, text, StringComparison.Ordinal);
            Assert.Contains(fileName, text, StringComparison.Ordinal);
            Assert.NotNull(document.QuerySelector($"main a[href='{page}']"));
        }
    }

    private static HttpClient Client(BrowserHost host, string language)
    {
        var cookies = new CookieContainer();
        cookies.Add(host.BaseAddress, new Cookie(".AspNetCore.Culture", $"c={language}|uic={language}"));
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    private static async Task<HttpClient> SignedInAsync(BrowserHost host, string language)
    {
        var client = Client(host, language);
        var login = await Forms.GetAsync(client, "/login");
        var response = await login.SubmitAsync(client, new() { ["Email"] = Lead, ["Password"] = FreshWebApplication.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
