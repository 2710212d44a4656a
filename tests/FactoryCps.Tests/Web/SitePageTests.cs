using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using FactoryCps.Analysis;
using FactoryCps.Catalog.Loading;
using FactoryCps.Model.Writing;

namespace FactoryCps.Tests.Web;

/// <summary>Steps 2 and 3, import and export, audit, members and language, through the pages as a browser uses them.</summary>
public sealed class SitePageTests
{
    private static string Site(string path) => $"/sites/{WebFactory.DemoSite}{path}";

    private static async Task<(WebFactory Factory, HttpClient Client)> StartAsync(string provider, string role = "security-lead")
    {
        var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync($"{role}@example.com", roles: (WebFactory.DemoSite, role));
        return (factory, await factory.SignedInClientAsync($"{role}@example.com"));
    }

    /// <summary>The start of a countermeasure's row's field names in the zone page's one form (rows[N].).</summary>
    internal static string RowField(Forms form, string countermeasure) =>
        form.Form.QuerySelectorAll("input[type=hidden]").First(i => i.GetAttribute("name")!.EndsWith(".Countermeasure", StringComparison.Ordinal) && i.GetAttribute("value") == countermeasure).GetAttribute("name")![..^"Countermeasure".Length];

    [Theory]
    [DatabaseProviders]
    public async Task A_countermeasure_status_set_on_a_zone_page_applies_to_that_zone_and_is_audited(string provider)
    {
        var (factory, client) = await StartAsync(provider);
        await using var _ = factory;
        var page = await Forms.PageAsync(client, Site("/step2/cloud-gw"));
        var row = page.QuerySelectorAll("#countermeasures tbody tr").First(r => !r.QuerySelector("td")!.TextContent.Contains("implemented", StringComparison.Ordinal) && r.QuerySelector("select option[selected]")?.GetAttribute("value") != "implemented");
        var countermeasure = row.Id!["cm-".Length..];

        var form = await Forms.GetAsync(client, Site("/step2/cloud-gw"), "#statuses");
        var field = RowField(form, countermeasure);
        var saved = await form.SubmitAsync(client, new() { [field + "Status"] = "implemented", [field + "Owner"] = "sec-dept", [field + "Due"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await Forms.PageAsync(client, Site("/step2/cloud-gw"));
        Assert.Equal("implemented", after.QuerySelector($"#cm-{countermeasure} select option[selected]")!.GetAttribute("value"));
        var yaml = await client.GetStringAsync(Site("/export.yaml"), Token);
        var model = ModelLoader.LoadText(yaml, "export.yaml", CatalogLoader.Default).Model!;
        Assert.Contains(model.Countermeasures, c => c.Id == countermeasure && c.Status == "implemented" && c.Scope.SequenceEqual(["cloud-gw"]));

        var audit = await client.GetStringAsync(Site("/audit.csv"), Token);
        Assert.Contains($"countermeasures,{countermeasure}@cloud-gw", audit, StringComparison.Ordinal);
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_ooda_roles_start_from_the_catalogue_and_a_stale_save_is_refused(string provider)
    {
        var (factory, client) = await StartAsync(provider, "site-manager");
        await using var _ = factory;
        var page = await Forms.PageAsync(client, Site("/step3"));
        Assert.Equal(8, page.QuerySelectorAll("tr[id^=ooda-]").Length);

        var first = await Forms.GetAsync(client, Site("/step3"), "#ooda-preventive-decide form");
        var stale = await Forms.GetAsync(client, Site("/step3"), "#ooda-preventive-decide form");
        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(client, new() { ["department"] = "品質保証部", ["decisionMaker"] = "工場長" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await stale.SubmitAsync(client, new() { ["department"] = "情報システム部", ["decisionMaker"] = "CIO" })).StatusCode);

        var after = await Forms.PageAsync(client, Site("/step3"));
        Assert.Equal("品質保証部", after.QuerySelector("#ooda-preventive-decide input[name=department]")!.GetAttribute("value"));
    }

    [Theory]
    [DatabaseProviders]
    public async Task Import_then_export_gives_back_the_same_model_and_a_bad_file_changes_nothing(string provider)
    {
        var (factory, client) = await StartAsync(provider);
        await using var _ = factory;
        var sample = await File.ReadAllTextAsync(Path.Combine(TestPaths.RepositoryRoot, "samples", "smart-factory.yaml"), Token);
        var edited = sample.Replace("name: 川崎部品工場", "name: 川崎部品工場（改）", StringComparison.Ordinal);
        Assert.NotEqual(sample, edited);

        var ok = await Upload(client, edited, "kawasaki.yaml");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.NotNull(Forms.Parse(await ok.Content.ReadAsStringAsync(Token)).QuerySelector("#import-ok"));
        var exported = JsonNode.Parse(await client.GetStringAsync(Site("/export.json"), Token));
        var expected = ModelWriter.Write(ModelLoader.LoadText(edited, "kawasaki.yaml", CatalogLoader.Default).Model!);
        Assert.True(JsonNode.DeepEquals(expected, exported), exported?.ToJsonString());

        var broken = await Upload(client, edited.Replace("zone: control-line1", "zone: nowhere", StringComparison.Ordinal), "broken.yaml");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.StatusCode);
        Assert.Matches(@"broken\.yaml:\d+:\d+", Forms.Parse(await broken.Content.ReadAsStringAsync(Token)).QuerySelector("#import-errors")!.TextContent);
        var other = await Upload(client, edited.Replace("id: kawasaki", "id: elsewhere", StringComparison.Ordinal), "other.yaml");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.True(JsonNode.DeepEquals(exported, JsonNode.Parse(await client.GetStringAsync(Site("/export.json"), Token))));
    }

    [Theory]
    [DatabaseProviders]
    public async Task Reports_download_in_both_formats(string provider)
    {
        var (factory, client) = await StartAsync(provider, "viewer");
        await using var _ = factory;
        var html = await client.GetAsync(Site("/reports/html"), Token);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", html.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        Assert.Contains("川崎部品工場", await html.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        var xlsx = await client.GetByteArrayAsync(Site("/reports/xlsx"), Token);
        Assert.Equal("PK"u8.ToArray(), xlsx[..2]);
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_security_lead_gives_an_existing_user_a_role_and_the_site_appears_for_them(string provider)
    {
        var (factory, lead) = await StartAsync(provider);
        await using var _ = factory;
        await factory.AddUserAsync("newcomer@example.com");
        var newcomer = await factory.SignedInClientAsync("newcomer@example.com");
        Assert.Equal(HttpStatusCode.NotFound, (await newcomer.GetAsync(Site(""), Token)).StatusCode);

        var form = await Forms.GetAsync(lead, Site("/members"), "#add-member-form");
        Assert.Equal(HttpStatusCode.OK, (await form.SubmitAsync(lead, new() { ["email"] = "newcomer@example.com", ["role"] = "viewer" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await newcomer.GetAsync(Site(""), Token)).StatusCode);

        // Someone without an account is created only by an administrator.
        var unknown = await (await Forms.GetAsync(lead, Site("/members"), "#add-member-form")).SubmitAsync(lead, new() { ["email"] = "stranger@example.com", ["role"] = "viewer" });
        Assert.Null(Forms.Parse(await unknown.Content.ReadAsStringAsync(Token)).QuerySelector("#one-time-password"));
        Assert.Contains("members,newcomer@example.com", await lead.GetStringAsync(Site("/audit.csv"), Token), StringComparison.Ordinal);
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_language_switch_turns_the_pages_english_and_back(string provider)
    {
        var (factory, client) = await StartAsync(provider, "viewer");
        await using var _ = factory;
        var japanese = await Forms.PageAsync(client, Site(""));
        Assert.Equal("ja", japanese.DocumentElement.GetAttribute("lang"));
        Assert.Contains("ダッシュボード", japanese.Title, StringComparison.Ordinal);

        var toEnglish = await (await Forms.GetAsync(client, Site(""), "header form")).SubmitAsync(client, [], "culture", "en");
        Assert.Equal(Site(""), toEnglish.Headers.Location?.OriginalString);
        var english = await Forms.PageAsync(client, Site(""));
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Dashboard", english.Title, StringComparison.Ordinal);
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_browser_gets_an_error_page_and_another_sites_page_reads_like_a_missing_one(string provider)
    {
        var (factory, client) = await StartAsync(provider, "viewer");
        await using var _ = factory;
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var missing = await client.GetAsync("/sites/no-such-site", Token);
        var forbidden = await client.GetAsync(Site("/audit"), Token);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.NotNull(Forms.Parse(await missing.Content.ReadAsStringAsync(Token)).QuerySelector("#status-title"));
        Assert.NotNull(Forms.Parse(await forbidden.Content.ReadAsStringAsync(Token)).QuerySelector("#status-title"));
    }

    private static Task<HttpResponseMessage> Upload(HttpClient client, string text, string name) => UploadAsync(client, Encoding.UTF8.GetBytes(text), name);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string name)
    {
        var form = await Forms.GetAsync(client, Site("/model"), "#import-form");
        var token = form.Form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "file", name },
        };
        return await client.PostAsync(Site("/model"), content, Token);
    }
}
