using System.Text.Json.Nodes;
using FactoryCps.Tests.Cli;

namespace FactoryCps.Tests.Sboms;

public sealed class SbomLicensesCommandTests
{
    private static readonly string Sample = Path.Combine(TestPaths.RepositoryRoot, "samples", "smart-factory.yaml");

    [Fact]
    public void The_sample_plants_licences_come_from_its_assets_sboms()
    {
        var result = CliRunner.Run("sbom", "licenses", Sample, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var json = JsonNode.Parse(result.Out)!;
        Assert.Equal(["remote-gw", "plc-line1"], json["sboms"]!.AsArray().Select(s => (string?)s!["asset"]));
        var licenses = json["licenses"]!.AsArray();
        var unknown = licenses.Single(l => (string?)l!["concern"] == "unknown")!;
        Assert.Equal("Example Electric Firmware Licence", (string?)unknown["license"]);
        Assert.Equal("ladder-runtime", (string?)unknown["components"]![0]!["name"]);
        Assert.Null((string?)licenses.Single(l => (string?)l!["concern"] == "missing")!["license"]);
        var zlib = licenses.Single(l => (string?)l!["license"] == "Zlib")!["components"]!.AsArray();
        Assert.Equal(["plc-line1", "remote-gw"], Assert.Single(zlib)!["assets"]!.AsArray().Select(a => (string?)a));
    }

    [Fact]
    public void Text_output_lists_the_components_to_check_in_Japanese()
    {
        var result = CliRunner.Run("sbom", "licenses", Sample, "--lang", "ja");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("SBOM 2 件、コンポーネント 11 件、ライセンス 10 種類", result.Out, StringComparison.Ordinal);
        Assert.Contains("11 件中 3 件のコンポーネントはライセンスの確認が必要です", result.Out, StringComparison.Ordinal);
        Assert.Contains("cc-link-ie-stack", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_missing_or_invalid_sbom_is_reported_with_its_asset_and_path()
    {
        var folder = Directory.CreateTempSubdirectory("fcps-sbom-model-").FullName;
        File.WriteAllText(Path.Combine(folder, "broken.json"), """{"bomFormat": "CycloneDX", "specVersion": "1.4", "components": [{"type": "foo", "name": "x"}]}""");
        File.WriteAllText(Path.Combine(folder, "plant.yaml"), """
            format: 1
            site: { id: plant, name: Plant }
            operations: [{ id: production, name: Production, impact: { delivery: 3 } }]
            zones: [{ id: z1, name: Z1, template: control }]
            assets:
              - { id: gw, name: GW, kind: server, zone: z1, operations: [production], sbom: sboms/missing.cdx.json }
              - { id: plc, name: PLC, kind: plc, zone: z1, operations: [production], sbom: broken.json }
            """);

        var result = CliRunner.Run("sbom", "licenses", Path.Combine(folder, "plant.yaml"), "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"asset gw: SBOM sboms/missing.cdx.json cannot be used: {Path.Combine(folder, "sboms/missing.cdx.json")}: file not found", result.Error, StringComparison.Ordinal);
        Assert.Contains($"asset plc: SBOM broken.json cannot be used: {Path.Combine(folder, "broken.json")}: $.components[0].type: does not conform", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }
}
