using System.Net;
using FactoryCps.Tests.Sboms;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sboms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web;

/// <summary>The SBOM pages as a browser uses them: upload, refusal, replacement and diff, licences, permissions, audit.</summary>
public sealed class SbomPageTests
{
    /// <summary>An asset of the demo model without a sample SBOM.</summary>
    private const string Historian = "historian";

    private static readonly string BridgeOld = SbomTestData.Example("SBOM", "proton-bridge", "proton-bridge-v1.6.3.bom.json");

    private static readonly string BridgeNew = SbomTestData.Example("SBOM", "proton-bridge", "proton-bridge-v1.8.0.bom.json");

    private static readonly string SchemaInvalid = Path.Combine(SbomTestData.CycloneDxTests, "1.4", "invalid-component-type-1.4.json");

    private static string Site(string path) => $"/sites/{WebFactory.DemoSite}{path}";

    [Theory]
    [DatabaseProviders]
    public async Task An_upload_is_stored_replaced_and_compared_and_an_invalid_one_is_refused_at_its_field(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("engineer@example.com", roles: (WebFactory.DemoSite, "engineer"));
        var client = await factory.SignedInClientAsync("engineer@example.com");

        var first = await UploadAsync(client, Historian, BridgeOld);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var components = await Forms.PageAsync(client, Site($"/sboms/{Historian}"));
        // proton-bridge v1.6.3 lists 201 components (jq, see docs/sbom.md); its dependency graph has cycles and is still accepted.
        Assert.Equal(201, components.QuerySelectorAll("#components tbody tr").Length);
        Assert.Contains("pkg:golang/github.com/emersion/go-imap-idle@v0.0.0-20200601154248-f05f54664cc4", components.QuerySelector("#components")!.TextContent, StringComparison.Ordinal);

        var refused = await UploadAsync(client, Historian, SchemaInvalid);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = Forms.Parse(await refused.Content.ReadAsStringAsync(Token));
        var error = page.QuerySelector($"#sbom-{Historian} .field-error")!;
        Assert.Equal("SbomSchemaInvalid", error.GetAttribute("data-code"));
        Assert.StartsWith("$.components[0].type: ", error.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#upload-refused"));

        var second = await UploadAsync(client, Historian, BridgeNew);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var diff = await Forms.PageAsync(client, Site($"/sboms/{Historian}/diff"));
        // v1.6.3 → v1.8.0: 7 version changes, nothing added or removed, no licence change (docs/sbom.md).
        Assert.Equal(7, diff.QuerySelectorAll("#changes tr.change-changed").Length);
        Assert.Empty(diff.QuerySelectorAll("#changes tr.change-added, #changes tr.change-removed"));

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        var stored = await db.Set<StoredSbom>().Where(s => s.AssetId == Historian).OrderBy(s => s.Id).ToListAsync(Token);
        Assert.Equal(["proton-bridge-v1.6.3.bom.json", "proton-bridge-v1.8.0.bom.json"], stored.Select(s => s.FileName));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(BridgeNew, Token))), stored[1].Sha256);
        var audit = await db.AuditEntries.Where(e => e.Section == "sbom" && e.Key == Historian).OrderBy(e => e.Id).ToListAsync(Token);
        Assert.Equal(["upload", "upload"], audit.Select(e => e.Action));
        Assert.Equal("engineer@example.com", audit[1].UserName);
        Assert.Contains(stored[0].Sha256, audit[1].Before, StringComparison.Ordinal);
        Assert.Contains(stored[1].Sha256, audit[1].After, StringComparison.Ordinal);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Too_deep_and_not_json_files_get_their_own_errors_and_nothing_is_stored(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("engineer@example.com", roles: (WebFactory.DemoSite, "engineer"));
        var client = await factory.SignedInClientAsync("engineer@example.com");
        var deep = """{"bomFormat": "CycloneDX", "specVersion": "1.5", "components": """ + new string('[', 200) + new string(']', 200) + "}";

        var tooDeep = await UploadAsync(client, Historian, System.Text.Encoding.UTF8.GetBytes(deep), "deep.json");
        var xml = await UploadAsync(client, Historian, "<?xml version=\"1.0\"?><bom xmlns=\"http://cyclonedx.org/schema/bom/1.5\"/>"u8.ToArray(), "bom.xml");

        Assert.Equal("SbomTooDeep", await ErrorCodeAsync(tooDeep));
        Assert.Equal("SbomNotJson", await ErrorCodeAsync(xml));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        Assert.False(await db.Set<StoredSbom>().AnyAsync(s => s.AssetId == Historian, Token));
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Section == "sbom" && e.Key == Historian, Token));
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_licence_overview_flags_licences_to_check_with_their_components_and_assets(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("viewer@example.com", roles: (WebFactory.DemoSite, "viewer"));
        var client = await factory.SignedInClientAsync("viewer@example.com");

        var page = await Forms.PageAsync(client, Site("/licenses"));

        // The demo's sample SBOMs (samples/sboms): a PLC firmware (CycloneDX) and a remote gateway (SPDX).
        var rows = page.QuerySelectorAll("#licenses tbody tr").ToList();
        var unknown = Assert.Single(rows, r => r.ClassList.Contains("concern-unknown"));
        Assert.Contains("Example Electric Firmware Licence", unknown.TextContent, StringComparison.Ordinal);
        Assert.Contains("ladder-runtime 4.2.0", unknown.TextContent, StringComparison.Ordinal);
        var missing = Assert.Single(rows, r => r.ClassList.Contains("concern-missing"));
        Assert.Contains("cc-link-ie-stack", missing.TextContent, StringComparison.Ordinal);
        Assert.Contains("maintenance-agent", Assert.Single(rows, r => r.ClassList.Contains("concern-noassertion")).TextContent, StringComparison.Ordinal);
        // Flagged licences come first; zlib is in both assets' SBOMs and is listed once with both.
        Assert.Equal(3, rows.TakeWhile(r => !r.ClassList.Contains("concern-none")).Count());
        var zlib = Assert.Single(rows, r => r.QuerySelector("td")!.TextContent == "Zlib");
        Assert.Equal(2, zlib.QuerySelectorAll("td:last-child a").Length);
        Assert.Contains("(ライン1 PLC, リモート保守ゲートウェイ)", zlib.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_viewer_sees_the_sboms_but_cannot_upload_or_remove(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("viewer@example.com", roles: (WebFactory.DemoSite, "viewer"));
        var client = await factory.SignedInClientAsync("viewer@example.com");

        var page = await Forms.PageAsync(client, Site("/sboms"));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Historian), "asset" },
            { new ByteArrayContent(await File.ReadAllBytesAsync(BridgeOld, Token)), "file", "bom.json" },
        };
        var upload = await client.PostAsync(Site("/sboms?handler=upload"), content, Token);
        var delete = await client.PostAsync(Site("/sboms?handler=delete"), new FormUrlEncodedContent([new("asset", "plc-line1")]), Token);

        Assert.Empty(page.QuerySelectorAll("form.upload-form, form.delete-form"));
        Assert.Contains("plc-line1.cdx.json", page.QuerySelector("#sbom-plc-line1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Removing_an_sbom_removes_it_from_the_licences_and_is_audited(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync("lead@example.com", roles: (WebFactory.DemoSite, "security-lead"));
        var client = await factory.SignedInClientAsync("lead@example.com");

        var form = await Forms.GetAsync(client, Site("/sboms"), "#sbom-plc-line1 form.delete-form");
        var deleted = await form.SubmitAsync(client, []);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var licenses = await Forms.PageAsync(client, Site("/licenses"));
        Assert.DoesNotContain("Example Electric Firmware Licence", licenses.QuerySelector("#licenses")!.TextContent, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        var entry = await db.AuditEntries.SingleAsync(e => e.Section == "sbom" && e.Action == "delete", Token);
        Assert.Equal(("plc-line1", "lead@example.com"), (entry.Key, entry.UserName));
        Assert.Contains("plc-line1.cdx.json", entry.Before, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string asset, string path) =>
        await UploadAsync(client, asset, await File.ReadAllBytesAsync(path, Token), Path.GetFileName(path));

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string asset, byte[] bytes, string name)
    {
        var form = await Forms.GetAsync(client, Site("/sboms"), $"#sbom-{asset} form.upload-form");
        var token = form.Form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(asset), "asset" },
            { new ByteArrayContent(bytes), "file", name },
        };
        return await client.PostAsync(form.Form.GetAttribute("action"), content, Token);
    }

    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        return Forms.Parse(await response.Content.ReadAsStringAsync(Token)).QuerySelector($"#sbom-{Historian} .field-error")?.GetAttribute("data-code");
    }
}
