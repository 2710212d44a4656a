using System.Net;
using FactoryCps.Tests.Cli;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web;

/// <summary>
/// The guided set-up of a new site through its forms: each stage saves ordinary model data (validated, audited),
/// refuses bad input with the error at its field and nothing written, resumes where the model says, and ends in a
/// model that exports as YAML <c>fcps validate</c> accepts.
/// </summary>
public sealed class StartPageTests
{
    private const string Site = "/sites/kobe";

    private static async Task<(WebFactory Factory, HttpClient Client)> StartAsync(string provider)
    {
        var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("admin@example.com", administrator: true);
        var client = await factory.SignedInClientAsync("admin@example.com");
        var created = await (await Forms.GetAsync(client, "/", "main form")).SubmitAsync(client, new() { ["Id"] = "kobe", ["Name"] = "神戸工場" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return (factory, client);
    }

    private static async Task Add(HttpClient client, string stage, string section, Dictionary<string, string> fields)
    {
        var form = await Forms.GetAsync(client, $"{Site}/start/{stage}", $"#start-form-{section}");
        var response = await form.SubmitAsync(client, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{section}: {(int)response.StatusCode} {Errors(await response.Content.ReadAsStringAsync(Token))}");
        Assert.Equal($"{Site}/start/{stage}#{section}", response.Headers.Location?.OriginalString);
    }

    private static async Task<string> ResumeAsync(HttpClient client) =>
        (await Forms.PageAsync(client, $"{Site}/start")).QuerySelector("#start-continue")!.GetAttribute("data-stage")!;

    [Theory]
    [DatabaseProviders]
    public async Task A_new_site_is_set_up_stage_by_stage_to_its_first_analysis_and_exports_a_valid_model(string provider)
    {
        var (factory, client) = await StartAsync(provider);
        await using var _ = factory;

        var dashboard = await Forms.PageAsync(client, Site);
        Assert.Equal($"{Site}/start", dashboard.QuerySelector("#start-link")!.GetAttribute("href"));
        Assert.Equal("purpose", await ResumeAsync(client));

        await Add(client, "purpose", "objectives", new() { ["name"] = "稼働状況の見える化", ["kind"] = "visualization", ["since"] = "2026-04-01" });
        await Add(client, "purpose", "bcp", new() { ["reviewed"] = "2026-01-15", ["maxTolerableDowntimeHours"] = "24" });
        Assert.Equal("operations", await ResumeAsync(client));

        await Add(client, "operations", "operations", new() { ["name"] = "プレス加工", ["objective"] = "objective-1", ["impact.safety"] = "3", ["impact.delivery"] = "2" });
        Assert.Equal("zones", await ResumeAsync(client));

        await Add(client, "zones", "zones", new() { ["template"] = "control", ["name"] = "プレス制御" });
        await Add(client, "zones", "zones", new() { ["template"] = "operations", ["name"] = "生産管理" });
        Assert.Equal("assets", await ResumeAsync(client));

        await Add(client, "assets", "assets", new() { ["name"] = "プレス PLC", ["kind"] = "plc", ["zone"] = "control", ["operations"] = "operation-1" });
        await Add(client, "assets", "assets", new() { ["name"] = "IoT ゲートウェイ", ["kind"] = "iot-gateway", ["zone"] = "operations", ["operations"] = "operation-1" });
        Assert.Equal("connections", await ResumeAsync(client));

        await Add(client, "connections", "externals", new() { ["name"] = "保守ベンダのクラウド", ["kind"] = "cloud" });
        await Add(client, "connections", "conduits", new() { ["from"] = "operations", ["to"] = "external-1", ["protocols"] = "https, mqtt", ["encrypted"] = "true" });
        Assert.Equal("analysis", await ResumeAsync(client));

        var analysis = await Forms.PageAsync(client, $"{Site}/start/analysis");
        Assert.Null(analysis.QuerySelector("#start-missing"));
        Assert.True(int.Parse(analysis.QuerySelector("#start-threats")!.TextContent, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.NotEmpty(analysis.QuerySelectorAll("#start-risks tbody tr"));
        Assert.Null((await Forms.PageAsync(client, Site)).QuerySelector("#start-notice"));

        // Ordinary model data: each save is in the audit log as a Step 1 edit would be.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
            var site = await db.Sites.SingleAsync(s => s.Key == "kobe", Token);
            var sections = await db.AuditEntries.Where(a => a.SiteId == site.Id && a.Action == "create").OrderBy(a => a.Id).Select(a => a.Section).ToListAsync(Token);
            Assert.Equal(["objectives", "bcp", "operations", "zones", "zones", "assets", "assets", "externals", "conduits"], sections);
        }

        var yaml = await client.GetStringAsync($"{Site}/export.yaml", Token);
        var file = Path.Combine(Directory.CreateTempSubdirectory("fcps-start-").FullName, "kobe.yaml");
        await File.WriteAllTextAsync(file, yaml, Token);
        var validated = CliRunner.Run("validate", file, "--lang", "en");
        Assert.True(validated.ExitCode == 0, validated.Error);
        Assert.Contains("name: プレス制御", yaml, StringComparison.Ordinal);
        Assert.Contains("template: control", yaml, StringComparison.Ordinal);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Bad_input_is_refused_with_the_error_in_words_at_its_field_and_nothing_saved(string provider)
    {
        var (factory, client) = await StartAsync(provider);
        await using var _ = factory;

        // The set-up's own rule: a zone needs a template and a name.
        var zone = await (await Forms.GetAsync(client, $"{Site}/start/zones", "#start-form-zones")).SubmitAsync(client, []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, zone.StatusCode);
        var page = Forms.Parse(await zone.Content.ReadAsStringAsync(Token));
        Assert.Equal(["template", "name"], page.QuerySelectorAll(".field.invalid").Select(f => f.QuerySelector("select, input")!.GetAttribute("name")));
        Assert.All(page.QuerySelectorAll(".field.invalid .field-error"), e => Assert.False(string.IsNullOrWhiteSpace(e.TextContent)));

        // An asset goes into a zone here (the model would take one without).
        var unplaced = await (await Forms.GetAsync(client, $"{Site}/start/assets", "#start-form-assets")).SubmitAsync(client, new() { ["name"] = "PLC", ["kind"] = "plc" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unplaced.StatusCode);
        Assert.Equal(["zone"], Forms.Parse(await unplaced.Content.ReadAsStringAsync(Token)).QuerySelectorAll("#assets .field.invalid select").Select(s => s.GetAttribute("name")));

        // The model's validator: an asset in a zone that does not exist, its error at the zone field.
        var asset = await (await Forms.GetAsync(client, $"{Site}/start/assets", "#start-form-assets")).SubmitAsync(client, new() { ["name"] = "PLC", ["kind"] = "plc", ["zone"] = "nowhere" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, asset.StatusCode);
        page = Forms.Parse(await asset.Content.ReadAsStringAsync(Token));
        Assert.Contains("nowhere", page.QuerySelector("#assets .field.invalid .field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("zone", page.QuerySelector("#assets .field.invalid select")!.GetAttribute("name"));
        Assert.Equal("PLC", page.QuerySelector("#assets-name")!.GetAttribute("value"));

        // An operation with no impact rated: the model's rule, about the object as a whole, above the form in words.
        var operation = await (await Forms.GetAsync(client, $"{Site}/start/operations", "#start-form-operations")).SubmitAsync(client, new() { ["name"] = "組立" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, operation.StatusCode);
        var general = Forms.Parse(await operation.Content.ReadAsStringAsync(Token)).QuerySelector("#operations-errors")!.TextContent;
        Assert.Contains("impact", general, StringComparison.Ordinal);
        Assert.DoesNotContain("kobe.json", general, StringComparison.Ordinal);

        // A number out of its range.
        var bcp = await (await Forms.GetAsync(client, $"{Site}/start/purpose", "#start-form-bcp")).SubmitAsync(client, new() { ["maxTolerableDowntimeHours"] = "-5" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bcp.StatusCode);
        Assert.Equal("maxTolerableDowntimeHours", Forms.Parse(await bcp.Content.ReadAsStringAsync(Token)).QuerySelector("#bcp .field.invalid input")!.GetAttribute("name"));

        var yaml = await client.GetStringAsync($"{Site}/export.yaml", Token);
        Assert.DoesNotContain("zones:", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("assets:", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("bcp:", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("operations:", yaml, StringComparison.Ordinal);
        Assert.Equal("purpose", await ResumeAsync(client));
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_resume_point_is_read_from_the_model_whichever_way_it_was_filled(string provider)
    {
        var (factory, client) = await StartAsync(provider);
        await using var _ = factory;
        await Add(client, "purpose", "objectives", new() { ["name"] = "作業支援", ["kind"] = "work-support" });
        Assert.Equal("operations", await ResumeAsync(client));

        // An operation added through Step 1's own form moves the set-up on just as one added here.
        var step1 = await Forms.GetAsync(client, $"{Site}/step1/operations/new", "#object-form");
        Assert.Equal(HttpStatusCode.Redirect, (await step1.SubmitAsync(client, new() { ["id"] = "assembly", ["name"] = "組立", ["impact.quality"] = "2" })).StatusCode);
        Assert.Equal("zones", await ResumeAsync(client));
        Assert.Equal("zones", (await Forms.PageAsync(client, $"{Site}/start")).QuerySelector("#start-progress li.current")!.GetAttribute("data-stage"));
        Assert.Contains("組立", (await Forms.PageAsync(client, $"{Site}/start/operations")).QuerySelector("#operations-list")!.TextContent, StringComparison.Ordinal);

        // The analysis page names what is still missing.
        var analysis = await Forms.PageAsync(client, $"{Site}/start/analysis");
        Assert.Equal($"{Site}/start/zones", analysis.QuerySelector("#start-missing a")!.GetAttribute("href"));
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_viewer_sees_the_set_up_without_forms_and_cannot_save(string provider)
    {
        var (factory, admin) = await StartAsync(provider);
        await using var _ = factory;
        await factory.AddUserAsync("viewer@example.com", roles: ("kobe", "viewer"));
        var viewer = await factory.SignedInClientAsync("viewer@example.com");

        var page = await Forms.PageAsync(viewer, $"{Site}/start/purpose");
        Assert.Null(page.QuerySelector("form.start-form"));
        var refused = await viewer.PostAsync($"{Site}/start/purpose", new FormUrlEncodedContent([new("__section", "objectives"), new("name", "x"), new("kind", "other")]), Token);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Site}/start/no-such-stage", Token)).StatusCode);
    }

    private static string Errors(string html) =>
        string.Join(" | ", Forms.Parse(html).QuerySelectorAll(".field-error, .notice.bad p").Select(e => e.TextContent.Trim()));
}
