using System.Net;
using System.Text;
using FactoryCps.Tests.Sboms;

namespace FactoryCps.Tests.Web;

/// <summary>The SBOM and licence routes of the API: read, upload (write permission), refusal as problem details.</summary>
public sealed class SbomApiTests
{
    private static readonly string Dropwizard = SbomTestData.Example("SBOM", "dropwizard-1.3.15", "bom.json");

    private static string Api(string path) => $"/api/v1/sites/{ApiClients.Site}{path}";

    [Theory]
    [DatabaseProviders]
    public async Task Sboms_are_listed_read_uploaded_and_refused_with_the_path_and_code(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var engineer = await ApiClients.ForAsync(factory, "engineer@example.com", "engineer");
        var viewer = await ApiClients.ForAsync(factory, "viewer@example.com", "viewer");

        var list = (await ApiClients.ReadAsync(await viewer.GetAsync(Api("/sboms"), Token))).AsArray();
        Assert.Equal(["plc-line1", "remote-gw"], list.Select(i => (string?)i!["asset"]));
        var plc = await ApiClients.ReadAsync(await viewer.GetAsync(Api("/assets/plc-line1/sbom"), Token));
        Assert.Equal("CycloneDX", (string?)plc["sbom"]!["format"]);
        Assert.Equal(6, plc["components"]!.AsArray().Count);
        Assert.Equal("unknown", (string?)plc["components"]!.AsArray().Single(c => (string?)c!["name"] == "ladder-runtime")!["licenseConcern"]);

        var forbidden = await viewer.PutAsync(Api("/assets/historian/sbom"), new ByteArrayContent(await File.ReadAllBytesAsync(Dropwizard, Token)), Token);
        var uploaded = await engineer.PutAsync(Api("/assets/historian/sbom?fileName=dropwizard.json"), new ByteArrayContent(await File.ReadAllBytesAsync(Dropwizard, Token)), Token);
        var unknownAsset = await engineer.PutAsync(Api("/assets/no-such-asset/sbom"), new ByteArrayContent(await File.ReadAllBytesAsync(Dropwizard, Token)), Token);
        var invalid = await engineer.PutAsync(Api("/assets/historian/sbom"), new StringContent("""{"bomFormat": "CycloneDX", "specVersion": "1.4", "components": [{"type": "foo", "name": "x"}]}""", Encoding.UTF8, "application/json"), Token);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var item = await ApiClients.ReadAsync(uploaded);
        Assert.Equal(("dropwizard.json", 167), ((string?)item["fileName"], (int)item["components"]!));
        await ApiClients.ProblemAsync(unknownAsset, HttpStatusCode.NotFound);
        var error = (await ApiClients.ProblemAsync(invalid, HttpStatusCode.BadRequest))["errors"]![0]!;
        Assert.Equal(("SbomSchemaInvalid", "$.components[0].type"), ((string?)error["code"], (string?)error["path"]));
        var historian = await ApiClients.ReadAsync(await viewer.GetAsync(Api("/assets/historian/sbom"), Token));
        Assert.Equal((1, 167), ((int)historian["versions"]!, historian["components"]!.AsArray().Count));
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_licence_overview_names_components_and_assets_per_licence(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var viewer = await ApiClients.ForAsync(factory, "viewer@example.com", "viewer");

        var licenses = (await ApiClients.ReadAsync(await viewer.GetAsync(Api("/licenses"), Token))).AsArray();

        // Flagged first; equal counts order by licence, no licence (null) first.
        Assert.Equal(["missing", "unknown", "noAssertion", "none"], licenses.Take(4).Select(l => (string?)l!["concern"]));
        var zlib = licenses.Single(l => (string?)l!["license"] == "Zlib")!;
        Assert.Equal(["plc-line1", "remote-gw"], zlib["assets"]!.AsArray().Select(a => (string?)a));
        Assert.Equal("zlib", (string?)Assert.Single(zlib["components"]!.AsArray())!["name"]);
    }

    [Fact]
    public async Task An_sbom_with_more_components_than_stored_is_refused_with_its_own_error()
    {
        await using var factory = await WebFactory.CreateAsync("sqlite");
        var engineer = await ApiClients.ForAsync(factory, "engineer@example.com", "engineer");
        var components = string.Join(",", Enumerable.Range(0, FactoryCps.Web.Sboms.SbomStore.MaxComponents + 1).Select(i => $$"""{"type":"library","name":"c{{i}}"}"""));
        var body = $$"""{"bomFormat":"CycloneDX","specVersion":"1.5","components":[{{components}}]}""";

        var refused = await engineer.PutAsync(Api("/assets/historian/sbom"), new StringContent(body, Encoding.UTF8, "application/json"), Token);

        var error = (await ApiClients.ProblemAsync(refused, HttpStatusCode.BadRequest))["errors"]![0]!;
        Assert.Equal(("SbomTooManyComponents", "$.components"), ((string?)error["code"], (string?)error["path"]));
        Assert.Contains("100001", (string?)error["message"], StringComparison.Ordinal);
    }
}
