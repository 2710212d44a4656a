using System.Text.Json;
using FactoryCps.Tests.Sboms;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sboms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// SBOMs through the page's file field in a real browser: a CycloneDX file is stored and its components listed;
/// a broken one is refused with its own error at the asset's field and nothing is stored (docs/sbom.md).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SbomBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>A real CycloneDX 1.4 BOM (laravel 7.12.0, 62 flat components each with a PURL).</summary>
    private static readonly string Laravel = SbomTestData.Example("SBOM", "laravel-7.12.0", "bom.1.4.json");

    /// <summary>CycloneDX's own schema test: the first component's type is not one the 1.4 schema allows.</summary>
    private static readonly string SchemaInvalid = Path.Combine(SbomTestData.CycloneDxTests, "1.4", "invalid-component-type-1.4.json");

    private static readonly string Sboms = $"/sites/{BrowserHost.DemoSite}/sboms";

    private Browser Browser => fixture.Browser;

    [Fact]
    public void An_uploaded_CycloneDX_file_is_stored_and_its_components_are_listed()
    {
        // The historian has no SBOM in the demo; the other test of this class uses another asset.
        const string asset = "historian";
        var purls = ComponentPurls(Laravel);
        Browser.Begin("sbom-upload");
        fixture.SignIn(BrowserFixture.Lead);
        Browser.Step("no-sbom-yet", () =>
        {
            Browser.Go(Sboms);
            Assert.Contains(PageText.Web("SbomNone"), Browser.Text(Row(asset)), StringComparison.Ordinal);
        });
        Browser.Step("uploaded", () =>
        {
            Upload(asset, Laravel);
            Browser.ExpectPath(Sboms);
            Assert.False(Browser.Exists("#upload-error"), Browser.Exists("#upload-error") ? Browser.Text("#upload-error") : "");
            Assert.Equal(PageText.Web("SbomUploaded", asset), Browser.Text("#upload-ok"));
            Assert.Contains(Path.GetFileName(Laravel), Browser.Text(Row(asset)), StringComparison.Ordinal);
            Assert.Equal(purls.Count.ToString(PageText.Japanese), Browser.Text($"{Row(asset)} td.num"));
        });
        Browser.Step("components", () =>
        {
            Browser.ClickAndWait($"{Row(asset)} a[href='{Sboms}/{asset}']");
            Browser.ExpectPath($"{Sboms}/{asset}");
            Assert.Contains(PageText.Web("SbomComponentCount", purls.Count), Browser.Text("#sbom-summary"), StringComparison.Ordinal);
            Assert.Equal(purls.Count, Browser.FindAll("#components tbody tr").Count);
            var table = Browser.Text("#components");
            Assert.All(purls, purl => Assert.Contains(purl, table, StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task A_broken_file_is_refused_with_its_error_at_the_assets_field_and_nothing_is_stored()
    {
        const string asset = "mes-server";
        // Line 3 lacks the comma before "components": malformed JSON, reported there (line:column, from one).
        const string brokenLine = "  \"specVersion\": \"1.4\" \"components\": []";
        var malformed = SbomTestData.TempFile("broken.cdx.json", "{\n  \"bomFormat\": \"CycloneDX\",\n" + brokenLine + "\n}\n");
        var where = $"3:{brokenLine.IndexOf("\"components\"", StringComparison.Ordinal) + 1}";
        try
        {
            await RefuseBothAsync(asset, malformed, where);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(malformed)!, recursive: true);
        }
    }

    /// <summary>Over the form's limit (16 MB): the 413 page in the user's language, not a reset connection (issue 14).</summary>
    [Fact]
    public void A_file_over_the_forms_limit_gets_the_413_page_in_both_languages()
    {
        const string asset = "plc-line1";
        var folder = Directory.CreateTempSubdirectory("fcps-413-").FullName;
        var tooLarge = Path.Combine(folder, "too-large.cdx.json");
        using (var file = File.Create(tooLarge))
        {
            file.SetLength(SbomStore.MaxUploadBytes + (1024 * 1024));
        }

        try
        {
            Browser.Begin("upload-too-large");
            fixture.SignIn(BrowserFixture.Lead);
            foreach (var (language, limit) in new[] { ("ja", "16 MB"), ("en", "16 MB") })
            {
                Browser.Step($"refused-{language}", () =>
                {
                    Browser.Go(Sboms);
                    Upload(asset, tooLarge);
                    Assert.Equal(language, Browser.Language);
                    Assert.Equal(PageText.WebIn(language, "Error413Title"), Browser.Text("#status-title"));
                    Assert.Contains(limit, Browser.Text("main"), StringComparison.Ordinal);
                    Assert.Contains("too-large.cdx.json", Browser.Text("#status-sent"), StringComparison.Ordinal);
                });
                Browser.Step($"back-{language}", () =>
                {
                    Browser.ClickAndWait("#status-back");
                    Browser.ExpectPath(Sboms);
                    if (language == "ja")
                    {
                        Browser.ClickAndWait("#switch-language");
                    }
                });
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task RefuseBothAsync(string asset, string malformed, string where)
    {
        Browser.Begin("sbom-refused");
        fixture.SignIn(BrowserFixture.Lead);
        Browser.Step("schema-invalid", () =>
        {
            Browser.Go(Sboms);
            Upload(asset, SchemaInvalid);
            ExpectRefused(asset, "SbomSchemaInvalid", "$.components[0].type: " + PageText.CoreUntil("SbomSchemaInvalid", 1, "1.4"));
        });
        Browser.Step("malformed", () =>
        {
            // Again from the page that showed the refusal, as a user would correct the file and retry.
            Upload(asset, malformed);
            ExpectRefused(asset, "SbomMalformedJson", PageText.CoreUntil("SbomMalformedJson", 1, where));
        });
        Browser.Step("nothing-listed", () =>
        {
            Browser.Go(Sboms);
            Assert.Contains(PageText.Web("SbomNone"), Browser.Text(Row(asset)), StringComparison.Ordinal);
            Assert.False(Browser.Exists("#upload-error"));
            Browser.Go($"{Sboms}/{asset}");
            Assert.True(Browser.Exists("#no-sbom"), "The asset's SBOM page shows components of a refused file.");
        });
        await Browser.StepAsync("nothing-stored", async () =>
        {
            await using var scope = fixture.Host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
            var token = TestContext.Current.CancellationToken;
            Assert.False(await db.Set<StoredSbom>().AnyAsync(s => s.AssetId == asset, token));
            Assert.False(await db.AuditEntries.AnyAsync(e => e.Section == "sbom" && e.Key == asset, token));
        });
    }

    private static string Row(string asset) => $"#sbom-{asset}";

    /// <summary>Chooses the file in the asset's row, as a user would in the file dialog, and sends the form.</summary>
    private void Upload(string asset, string file)
    {
        Browser.Find($"{Row(asset)} form.upload-form input[type='file']").SendKeys(file);
        Browser.ClickAndWait($"{Row(asset)} form.upload-form button[type='submit']");
    }

    private void ExpectRefused(string asset, string code, string messageStart)
    {
        Browser.ExpectPath(Sboms);
        Assert.Equal(PageText.Web("SbomUploadRefused", asset), Browser.Text("#upload-refused"));
        Assert.True(Browser.Exists($"{Row(asset)} .field.invalid #upload-error"), "The error is not at the asset's file field.");
        var error = Browser.Find("#upload-error");
        Assert.Equal(code, error.GetAttribute("data-code"));
        Assert.StartsWith(messageStart, error.Text.Trim(), StringComparison.Ordinal);
        Assert.Contains(PageText.Web("SbomNone"), Browser.Text(Row(asset)), StringComparison.Ordinal);
    }

    /// <summary>What the file lists, read here with System.Text.Json rather than with the reader under test.</summary>
    private static List<string> ComponentPurls(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(file));
        var purls = document.RootElement.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("purl").GetString()!).ToList();
        Assert.NotEmpty(purls);
        return purls;
    }
}
