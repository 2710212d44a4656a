using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FactoryCps.Analysis;
using FactoryCps.Catalog.Loading;
using FactoryCps.Plans;
using FactoryCps.Web.Startup;
using static FactoryCps.Tests.Web.ApiClients;

namespace FactoryCps.Tests.Web;

/// <summary>The whole model (export, import, new sites) and what is derived from it (analysis, plan, reports).</summary>
public sealed class ApiModelTests
{
    private const string Model = $"/api/v1/sites/{Site}/model";

    [Theory]
    [DatabaseProviders]
    public async Task The_model_exported_and_imported_again_comes_back_the_same_in_JSON_and_YAML(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var lead = await ForAsync(factory, "lead@example.com", "security-lead");
        var ct = TestContext.Current.CancellationToken;

        var exported = await lead.GetAsync(Model, ct);
        Assert.Equal("application/json", exported.Content.Headers.ContentType!.MediaType);
        var original = await ReadAsync(exported);
        Assert.Equal(Site, (string?)original["site"]!["id"]);
        Assert.True(original["assets"]!.AsArray().Count > 5);

        var edited = original.DeepClone();
        edited["assets"]!.AsArray().Add(NewAsset());
        var imported = await lead.PutAsync(Model, JsonBody(edited), ct);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var summary = await ReadAsync(imported);
        Assert.Equal(original["assets"]!.AsArray().Count + 1, (int)summary["site"]!["sections"]!["assets"]!);
        var afterJson = await ReadAsync(await lead.GetAsync(Model, ct));
        Assert.True(JsonNode.DeepEquals(edited, afterJson), afterJson.ToJsonString());

        var yaml = await lead.GetAsync($"{Model}?format=yaml", ct);
        Assert.Equal("application/yaml", yaml.Content.Headers.ContentType!.MediaType);
        var yamlText = await yaml.Content.ReadAsStringAsync(ct);
        Assert.Contains("sensor-line1", yamlText, StringComparison.Ordinal);
        var back = await lead.PutAsync(Model, new StringContent(yamlText.Replace("- id: sensor-line1", "- id: sensor-line9", StringComparison.Ordinal), Encoding.UTF8, "application/yaml"), ct);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        var expected = edited.DeepClone();
        expected["assets"]!.AsArray()[^1]!["id"] = "sensor-line9";
        var afterYaml = await ReadAsync(await lead.GetAsync(Model, ct));
        Assert.True(JsonNode.DeepEquals(expected, afterYaml), afterYaml.ToJsonString());
        await ProblemAsync(await lead.GetAsync($"/api/v1/sites/{Site}/assets/sensor-line1", ct), HttpStatusCode.NotFound);
    }

    [Theory]
    [DatabaseProviders]
    public async Task An_invalid_or_foreign_model_is_refused_whole_with_lines_and_paths(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var lead = await ForAsync(factory, "lead@example.com", "security-lead");
        var ct = TestContext.Current.CancellationToken;
        var before = await ReadAsync(await lead.GetAsync(Model, ct));

        var yaml = "format: 1\nsite:\n  id: kawasaki\nzones:\n  - id: z1\nassets:\n  - id: a1\n    kind: plc\n    zone: nowhere\n    operations: []\n";
        var problem = await ProblemAsync(await lead.PutAsync(Model, new StringContent(yaml, Encoding.UTF8, "application/yaml"), ct), HttpStatusCode.BadRequest);
        var error = problem["errors"]!.AsArray().Single(e => (string?)e!["path"] == "assets[0].zone")!;
        Assert.Equal(9, (int)error["line"]!);
        Assert.Equal(11, (int)error["column"]!);

        var other = before.DeepClone();
        other["site"]!["id"] = "somewhere-else";
        var foreign = await ProblemAsync(await lead.PutAsync(Model, JsonBody(other), ct), HttpStatusCode.BadRequest);
        Assert.Equal("site.id", (string?)foreign["errors"]!.AsArray().Single()!["path"]);

        var huge = new StringContent("format: 1\n#" + new string('x', 11 * 1024 * 1024), Encoding.UTF8, "application/yaml");
        await ProblemAsync(await lead.PutAsync(Model, huge, ct), HttpStatusCode.RequestEntityTooLarge);

        Assert.True(JsonNode.DeepEquals(before, await ReadAsync(await lead.GetAsync(Model, ct))));
        var admin = await ForAsync(factory, "admin@example.com", role: null, administrator: true);
        Assert.Equal([Site], (await ReadAsync(await admin.GetAsync("/api/v1/sites", ct))).AsArray().Select(s => (string?)s!["key"]));
    }

    [Theory]
    [DatabaseProviders]
    public async Task An_administrator_creates_a_site_once(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var admin = await ForAsync(factory, "admin@example.com", role: null, administrator: true);
        var ct = TestContext.Current.CancellationToken;
        var site = new JsonObject
        {
            ["format"] = 1,
            ["site"] = new JsonObject { ["id"] = "osaka", ["name"] = "大阪工場" },
            ["zones"] = new JsonArray(new JsonObject { ["id"] = "office" }),
        };

        var created = await admin.PostAsync("/api/v1/sites", JsonBody(site), ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/sites/osaka", created.Headers.Location!.OriginalString);
        Assert.Equal("大阪工場", (string?)(await ReadAsync(created))["site"]!["name"]);
        Assert.True(JsonNode.DeepEquals(site, await ReadAsync(await admin.GetAsync("/api/v1/sites/osaka/model", ct))));
        Assert.Equal(["kawasaki", "osaka"], (await ReadAsync(await admin.GetAsync("/api/v1/sites", ct))).AsArray().Select(s => (string?)s!["key"]));

        site["site"]!["name"] = "別の工場";
        var again = await ProblemAsync(await admin.PostAsync("/api/v1/sites", JsonBody(site), ct), HttpStatusCode.Conflict);
        Assert.Contains("osaka", (string?)again["detail"], StringComparison.Ordinal);
        Assert.Equal("大阪工場", (string?)(await ReadAsync(await admin.GetAsync("/api/v1/sites/osaka", ct)))["name"]);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Analysis_plan_and_reports_are_those_of_the_stored_model(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var viewer = await ForAsync(factory, "viewer@example.com", "viewer");
        var ct = TestContext.Current.CancellationToken;

        var catalog = CatalogLoader.Default;
        var loaded = ModelLoader.LoadText(DemoSite.Text(), "demo.yaml", catalog).Loaded!;
        var analysis = ModelAnalyzer.Analyze(loaded, DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime));
        var expectedAnalysis = AnalysisJson.Write(analysis, catalog);
        var expectedPlan = PlanJson.Write(PlanBuilder.Build(analysis), catalog);

        var actualAnalysis = await ReadAsync(await viewer.GetAsync($"/api/v1/sites/{Site}/analysis", ct));
        Assert.True(JsonNode.DeepEquals(expectedAnalysis, actualAnalysis), actualAnalysis.ToJsonString()[..200]);
        Assert.NotEmpty(actualAnalysis["zones"]!.AsArray());
        var actualPlan = await ReadAsync(await viewer.GetAsync($"/api/v1/sites/{Site}/plan", ct));
        Assert.True(JsonNode.DeepEquals(expectedPlan, actualPlan), actualPlan.ToJsonString()[..200]);

        async Task<(string? Type, byte[] Bytes)> Report(string format)
        {
            var response = await viewer.GetAsync($"/api/v1/sites/{Site}/reports/{format}", ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsByteArrayAsync(ct));
        }

        var html = await Report("html");
        Assert.Equal("text/html", html.Type);
        Assert.Contains("<html", Encoding.UTF8.GetString(html.Bytes), StringComparison.OrdinalIgnoreCase);
        var xlsx = await Report("xlsx");
        Assert.Equal("PK"u8.ToArray(), xlsx.Bytes[..2]);
        Assert.Contains("<svg", Encoding.UTF8.GetString((await Report("svg")).Bytes), StringComparison.Ordinal);
        Assert.Contains("kawasaki", Encoding.UTF8.GetString((await Report("md")).Bytes), StringComparison.Ordinal);
        Assert.NotNull(JsonNode.Parse((await Report("json")).Bytes));
        await ProblemAsync(await viewer.GetAsync($"/api/v1/sites/{Site}/reports/pdf", ct), HttpStatusCode.NotFound);
    }
}
