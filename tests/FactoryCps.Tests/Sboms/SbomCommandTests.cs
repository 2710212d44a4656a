using System.Text.Json.Nodes;
using FactoryCps.Tests.Cli;

namespace FactoryCps.Tests.Sboms;

public sealed class SbomCommandTests
{
    private static readonly string Dropwizard = SbomTestData.Example("SBOM", "dropwizard-1.3.15", "bom.json");

    private static readonly string BridgeOld = SbomTestData.Example("SBOM", "proton-bridge", "proton-bridge-v1.6.3.bom.json");

    private static readonly string BridgeNew = SbomTestData.Example("SBOM", "proton-bridge", "proton-bridge-v1.8.0.bom.json");

    [Fact]
    public void Show_lists_components_and_the_licences_that_need_a_check()
    {
        var result = CliRunner.Run("sbom", "show", Dropwizard, "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{Dropwizard}: CycloneDX 1.2, io.dropwizard/dropwizard-parent 1.3.15: 167 components", result.Out, StringComparison.Ordinal);
        Assert.Contains("com.fasterxml.jackson.core/jackson-annotations", result.Out, StringComparison.Ordinal);
        Assert.Contains("not on the SPDX license list: identify it", result.Out, StringComparison.Ordinal);
        // 34 without a licence + 20 with a free-text name (see SbomExampleTests).
        Assert.Contains("54 of 167 components need their license checked", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_speaks_Japanese()
    {
        var result = CliRunner.Run("sbom", "show", Dropwizard, "--lang", "ja");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("dropwizard-parent 1.3.15: コンポーネント 167 件", result.Out, StringComparison.Ordinal);
        Assert.Contains("167 件中 54 件のコンポーネントはライセンスの確認が必要です", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_json_has_every_component_with_its_fields()
    {
        var result = CliRunner.Run("sbom", "show", Dropwizard, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var json = JsonNode.Parse(result.Out)!;
        Assert.Equal("CycloneDX", (string?)json["format"]);
        Assert.Equal("1.2", (string?)json["specVersion"]);
        Assert.Equal("dropwizard-parent", (string?)json["subject"]!["name"]);
        var components = json["components"]!.AsArray();
        Assert.Equal(167, components.Count);
        Assert.Equal("pkg:maven/com.fasterxml.jackson.core/jackson-annotations@2.9.10?type=jar", (string?)components[0]!["purl"]);
        Assert.Equal("MD5", (string?)components[0]!["hashes"]![0]!["alg"]);
        var licenses = json["licenses"]!.AsArray();
        Assert.Equal(167, licenses.Sum(l => l!["components"]!.AsArray().Count));
        Assert.Equal(34, licenses.Where(l => (string?)l!["concern"] == "missing").Sum(l => l!["components"]!.AsArray().Count));
    }

    [Fact]
    public void Show_refuses_a_schema_invalid_file_with_path_and_reason()
    {
        var path = Path.Combine(SbomTestData.CycloneDxTests, "1.4", "invalid-component-type-1.4.json");

        var result = CliRunner.Run("sbom", "show", path, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.StartsWith($"invalid SBOM: {path}: $.components[0].type: does not conform to the CycloneDX 1.4 JSON schema", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_refuses_malformed_JSON_in_Japanese()
    {
        var path = SbomTestData.TempFile("broken.json", "{ \"bomFormat\": ");

        var result = CliRunner.Run("sbom", "show", path, "--lang", "ja");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"SBOM が不正です: {path}: JSON として不正です（行:列 1:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_json_counts_the_version_changes_between_two_product_versions()
    {
        var result = CliRunner.Run("sbom", "diff", BridgeOld, BridgeNew, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var json = JsonNode.Parse(result.Out)!;
        Assert.Equal(0, (int)json["summary"]!["added"]!);
        Assert.Equal(0, (int)json["summary"]!["removed"]!);
        Assert.Equal(7, (int)json["summary"]!["versionChanged"]!);
        Assert.Equal(0, (int)json["summary"]!["licenseChanged"]!);
        Assert.All(json["changes"]!.AsArray(), c => Assert.Equal("changed", (string?)c!["change"]));
    }

    [Fact]
    public void Diff_text_shows_added_removed_and_licence_changes()
    {
        const string Template = """
            { "bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1, "components": [ COMPONENTS ] }
            """;
        var older = SbomTestData.TempFile("old.cdx.json", Template.Replace("COMPONENTS", """
            { "type": "library", "name": "zlib", "version": "1.2.13", "licenses": [ { "license": { "id": "Zlib" } } ] },
            { "type": "library", "name": "busybox", "version": "1.35" }
            """, StringComparison.Ordinal));
        var newer = SbomTestData.TempFile("new.cdx.json", Template.Replace("COMPONENTS", """
            { "type": "library", "name": "zlib", "version": "1.3", "licenses": [ { "license": { "id": "MIT" } } ] },
            { "type": "library", "name": "curl", "version": "8.5.0" }
            """, StringComparison.Ordinal));

        var result = CliRunner.Run("sbom", "diff", older, newer, "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("added 1, removed 1, version changed 1, license changed 1", result.Out, StringComparison.Ordinal);
        Assert.Contains("1.2.13 → 1.3", result.Out, StringComparison.Ordinal);
        Assert.Contains("Zlib → MIT", result.Out, StringComparison.Ordinal);
        Assert.Contains("removed", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_of_an_SBOM_with_itself_says_there_is_no_difference()
    {
        var result = CliRunner.Run("sbom", "diff", BridgeNew, BridgeNew, "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("No differences in components, versions or licenses.", result.Out.Trim());
    }

    [Fact]
    public void Diff_reports_every_unreadable_file_and_exits_2()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-sbom-" + Guid.NewGuid() + ".json");
        var notSbom = SbomTestData.TempFile("other.json", "{\"hello\": 1}");

        var result = CliRunner.Run("sbom", "diff", missing, notSbom, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"invalid SBOM: {missing}: file not found", result.Error, StringComparison.Ordinal);
        Assert.Contains($"invalid SBOM: {notSbom}: $: neither CycloneDX JSON", result.Error, StringComparison.Ordinal);
    }
}
