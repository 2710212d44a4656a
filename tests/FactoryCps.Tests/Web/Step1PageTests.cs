using System.Net;

namespace FactoryCps.Tests.Web;

/// <summary>Step 1 through its forms: create, validation at the field, optimistic concurrency, deletion guarded by references.</summary>
public sealed class Step1PageTests
{
    private static async Task<(WebFactory Factory, HttpClient Client)> StartAsync(string provider, string role = "engineer")
    {
        var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync($"{role}@example.com", roles: (WebFactory.DemoSite, role));
        return (factory, await factory.SignedInClientAsync($"{role}@example.com"));
    }

    private static string Site(string path) => $"/sites/{WebFactory.DemoSite}{path}";

    [Theory]
    [DatabaseProviders]
    public async Task Small_scales_offer_each_level_with_its_word_and_a_target_level_alone(string provider)
    {
        var (factory, client) = await StartAsync(provider);
        await using var _ = factory;
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ja");

        var operation = await Forms.PageAsync(client, Site("/step1/operations/new"));
        Assert.Equal(["", "1（小）", "2（中）", "3（大）"], operation.QuerySelectorAll("select[name='impact.safety'] option").Select(o => o.TextContent));
        Assert.Equal(["", "1", "2", "3"], operation.QuerySelectorAll("select[name='impact.safety'] option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["", "1（低）", "2（中）", "3（高）"], operation.QuerySelectorAll("select[name='importance'] option").Select(o => o.TextContent));

        var zone = await Forms.PageAsync(client, Site("/step1/zones/new"));
        Assert.Equal(["", "1", "2", "3", "4"], zone.QuerySelectorAll("select[name='targetLevel'] option").Select(o => o.TextContent));

        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var english = await Forms.PageAsync(client, Site("/step1/operations/new"));
        Assert.Equal(["", "1 (low)", "2 (medium)", "3 (high)"], english.QuerySelectorAll("select[name='impact.safety'] option").Select(o => o.TextContent));
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_new_site_grows_through_the_forms_and_a_conduit_to_a_cloud_brings_its_threats(string provider)
    {
        var (factory, admin) = (await WebFactory.CreateAsync(provider), (HttpClient?)null);
        await using var _ = factory;
        await factory.AddUserAsync("admin@example.com", administrator: true);
        admin = await factory.SignedInClientAsync("admin@example.com");

        var created = await (await Forms.GetAsync(admin, "/", "main form")).SubmitAsync(admin, new() { ["Id"] = "nagoya", ["Name"] = "名古屋工場" });
        Assert.Equal("/sites/nagoya", created.Headers.Location?.OriginalString);

        async Task Add(string section, Dictionary<string, string> fields)
        {
            var form = await Forms.GetAsync(admin, $"/sites/nagoya/step1/{section}/new", "#object-form");
            var response = await form.SubmitAsync(admin, fields);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{section}: {(int)response.StatusCode} {Errors(await response.Content.ReadAsStringAsync())}");
        }

        await Add("operations", new() { ["id"] = "production", ["name"] = "生産", ["impact.safety"] = "3", ["impact.delivery"] = "3" });
        await Add("zones", new() { ["id"] = "control", ["template"] = "control" });
        await Add("zones", new() { ["id"] = "gateway", ["template"] = "cloud-connection" });
        await Add("assets", new() { ["id"] = "plc1", ["kind"] = "plc", ["zone"] = "control", ["operations"] = "production" });
        await Add("assets", new() { ["id"] = "gw1", ["kind"] = "iot-gateway", ["zone"] = "gateway", ["operations"] = "production" });
        await Add("conduits", new() { ["id"] = "control-gw", ["from"] = "control", ["to"] = "gateway", ["protocols"] = "opc-ua" });
        var before = await ThreatIds(admin, "/sites/nagoya/step2/gateway");

        await Add("externals", new() { ["id"] = "cloud", ["kind"] = "cloud" });
        await Add("conduits", new() { ["id"] = "gw-cloud", ["from"] = "gateway", ["to"] = "cloud", ["protocols"] = "https, mqtt" });
        var after = await ThreatIds(admin, "/sites/nagoya/step2/gateway");
        Assert.NotEmpty(after.Except(before));

        var yaml = await admin.GetStringAsync("/sites/nagoya/export.yaml", Token);
        Assert.Contains("gw-cloud", yaml, StringComparison.Ordinal);
        Assert.Contains("mqtt", yaml, StringComparison.Ordinal);
    }

    [Theory]
    [DatabaseProviders]
    public async Task An_invalid_object_is_refused_with_the_error_at_its_field_and_nothing_saved(string provider)
    {
        var (factory, client) = await StartAsync(provider);
        await using var _ = factory;
        var form = await Forms.GetAsync(client, Site("/step1/assets/new"), "#object-form");
        var response = await form.SubmitAsync(client, new() { ["id"] = "new-plc", ["kind"] = "plc", ["zone"] = "no-such-zone", ["operations"] = "production" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = Forms.Parse(await response.Content.ReadAsStringAsync(Token));
        var invalid = page.QuerySelectorAll(".field.invalid").Select(f => f.QuerySelector("select, input, textarea")?.GetAttribute("name")).ToList();
        Assert.Contains("zone", invalid);
        Assert.Contains("no-such-zone", page.QuerySelector(".field.invalid .field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("no-such-zone", page.QuerySelector("#f-zone")!.GetAttribute("value"));

        var list = await Forms.PageAsync(client, Site("/step1/assets"));
        Assert.DoesNotContain(list.QuerySelectorAll("#objects td:first-child"), cell => cell.TextContent == "new-plc");
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_second_of_two_concurrent_edits_is_refused_and_shows_the_first(string provider)
    {
        var (factory, first) = await StartAsync(provider);
        await using var _ = factory;
        await factory.AddUserAsync("manager@example.com", roles: (WebFactory.DemoSite, "site-manager"));
        var second = await factory.SignedInClientAsync("manager@example.com");

        var firstForm = await Forms.GetAsync(first, Site("/step1/assets/edit/plc-line1"), "#object-form");
        var secondForm = await Forms.GetAsync(second, Site("/step1/assets/edit/plc-line1"), "#object-form");
        Assert.Equal(HttpStatusCode.Redirect, (await firstForm.SubmitAsync(first, new() { ["name"] = "First editor's name" })).StatusCode);

        var refused = await secondForm.SubmitAsync(second, new() { ["name"] = "Second editor's name" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = Forms.Parse(await refused.Content.ReadAsStringAsync(Token));
        Assert.Contains("First editor's name", page.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Second editor's name", page.QuerySelector("#f-name")!.GetAttribute("value"));

        var stored = await Forms.PageAsync(first, Site("/step1/assets/edit/plc-line1"));
        Assert.Equal("First editor's name", stored.QuerySelector("#f-name")!.GetAttribute("value"));
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_zone_that_assets_still_use_cannot_be_deleted(string provider)
    {
        var (factory, client) = await StartAsync(provider);
        await using var _ = factory;
        var form = await Forms.GetAsync(client, Site("/step1/zones/edit/control-line1"), "#delete-form");
        var response = await form.SubmitAsync(client, []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("control-line1", Forms.Parse(await response.Content.ReadAsStringAsync(Token)).QuerySelector("#errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Site("/step1/zones/edit/control-line1"), Token)).StatusCode);
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_viewer_sees_the_forms_without_a_save_button_and_cannot_post(string provider)
    {
        var (factory, client) = await StartAsync(provider, "viewer");
        await using var _ = factory;
        var page = await Forms.PageAsync(client, Site("/step1/assets/edit/plc-line1"));
        Assert.Null(page.QuerySelector("#save"));
        var form = await Forms.GetAsync(client, Site("/step1/assets/edit/plc-line1"), "#object-form");
        Assert.Equal(HttpStatusCode.Forbidden, (await form.SubmitAsync(client, new() { ["name"] = "x" })).StatusCode);
    }

    private static async Task<HashSet<string>> ThreatIds(HttpClient client, string url)
    {
        var page = await Forms.PageAsync(client, url);
        return [.. page.QuerySelectorAll("#threats tbody tr td:first-child span.id").Select(s => s.TextContent)];
    }

    private static string Errors(string html) =>
        string.Join(" | ", Forms.Parse(html).QuerySelectorAll(".field-error, #errors p, .notice.bad").Select(e => e.TextContent.Trim()));
}
