using System.Text.Json;
using System.Text.Json.Nodes;
using FactoryCps.Tests.Cli;
using static FactoryCps.Tests.Matching.Csaf;

namespace FactoryCps.Tests.Matching;

/// <summary><c>fcps advisories match</c>: a plant folder with a model, an SBOM and an advisories folder, as a user would have it.</summary>
public sealed class MatchCommandTests
{
    private const string Model = """
        format: 1
        site: { id: t, name: Test }
        operations:
          - { id: op, impact: { safety: 2, quality: 2, delivery: 2 } }
        zones:
          - { id: z, name: Control, template: control }
        assets:
          - { id: plc-1, kind: plc, zone: z, operations: [op], vendor: "Example Electric Co., Ltd.", product: Controller X, version: "1.9" }
          - { id: plc-2, kind: plc, zone: z, operations: [op], vendor: Example Electric, product: Controller X, version: "2.0" }
          - { id: gw-1, kind: iot-gateway, zone: z, operations: [op], vendor: Example Electric, product: Gateway, sbom: sboms/gateway.cdx.json }
          - { id: pc-1, kind: pc, zone: z, operations: [op] }
        """;

    private const string Sbom = """
        { "bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
          "components": [ { "type": "library", "name": "libexample", "version": "2.4.1", "purl": "pkg:generic/example/libexample@2.4.1" } ] }
        """;

    private static string Plant()
    {
        var folder = Directory.CreateTempSubdirectory("fcps-match-").FullName;
        File.WriteAllText(Path.Combine(folder, "plant.yaml"), Model);
        Directory.CreateDirectory(Path.Combine(folder, "sboms"));
        File.WriteAllText(Path.Combine(folder, "sboms", "gateway.cdx.json"), Sbom);
        Directory.CreateDirectory(Path.Combine(folder, "advisories"));
        File.WriteAllText(Path.Combine(folder, "advisories", "cx.json"), Document("EX-2024-01",
            Tree("Example Electric", "Controller X", ("product_version_range", "vers:generic/<2.0", "OLD"), ("product_version", "2.0", "NEW")),
            Vulnerability("CVE-2024-1234", new JsonObject { ["known_affected"] = Ids("OLD"), ["fixed"] = Ids("NEW") })));
        File.WriteAllText(Path.Combine(folder, "advisories", "lib.json"), Document("EX-2024-02",
            new JsonObject
            {
                ["full_product_names"] = new JsonArray(new JsonObject
                {
                    ["product_id"] = "LIB",
                    ["name"] = "libexample 2.4.1",
                    ["product_identification_helper"] = new JsonObject { ["purl"] = "pkg:generic/example/libexample@2.4.1" },
                }),
            },
            Vulnerability("CVE-2024-5678", "known_affected", "LIB")));
        File.WriteAllText(Path.Combine(folder, "advisories", "feed.json"), """{ "feed": { "id": "not an advisory" } }""");
        return folder;
    }

    [Fact]
    public void Json_lists_each_match_explained_and_the_suppressed_entries_when_asked()
    {
        var plant = Plant();

        var result = CliRunner.Run("advisories", "match", Path.Combine(plant, "plant.yaml"), "--advisories", Path.Combine(plant, "advisories"), "--format", "json", "--suppressed", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var matches = json.RootElement.GetProperty("matches").EnumerateArray().ToList();
        Assert.Equal(2, matches.Count);
        var plc = matches[0];
        Assert.Equal("plc-1", plc.GetProperty("asset").GetString());
        Assert.Equal(JsonValueKind.Null, plc.GetProperty("component").ValueKind);
        Assert.Equal("EX-2024-01", plc.GetProperty("advisory").GetProperty("id").GetString());
        Assert.Equal("OLD", plc.GetProperty("productId").GetString());
        Assert.Equal(["CVE-2024-1234"], plc.GetProperty("cves").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(9.8, plc.GetProperty("cvss").GetProperty("baseScore").GetDouble());
        Assert.Equal(("known_affected", "name+version", "high", false), (plc.GetProperty("status").GetString(), plc.GetProperty("method").GetString(), plc.GetProperty("confidence").GetString(), plc.GetProperty("review").GetBoolean()));
        Assert.Contains("version 1.9 is in \"vers:generic/<2.0\"", plc.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var library = matches[1];
        Assert.Equal(("gw-1", "libexample@2.4.1", "purl"), (library.GetProperty("asset").GetString(), library.GetProperty("component").GetString(), library.GetProperty("method").GetString()));
        var suppressed = Assert.Single(json.RootElement.GetProperty("suppressed").EnumerateArray().ToList());
        Assert.Equal(("plc-2", "fixed"), (suppressed.GetProperty("asset").GetString(), suppressed.GetProperty("status").GetString()));
        Assert.Equal(2, json.RootElement.GetProperty("advisories").GetProperty("documents").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("advisories").GetProperty("notCsaf").GetInt32());
    }

    [Fact]
    public void Text_is_a_table_in_the_chosen_language()
    {
        var plant = Plant();

        var english = CliRunner.Run("advisories", "match", Path.Combine(plant, "plant.yaml"), "--advisories", Path.Combine(plant, "advisories"), "--lang", "en");
        var japanese = CliRunner.Run("advisories", "match", Path.Combine(plant, "plant.yaml"), "--advisories", Path.Combine(plant, "advisories"), "--lang", "ja");

        Assert.Equal(0, english.ExitCode);
        Assert.Contains("2 matches (0 for review) on 2 of 4 assets, from 2 advisories", english.Out, StringComparison.Ordinal);
        Assert.Contains("1 assets name no product, CPE, PURL or SBOM", english.Out, StringComparison.Ordinal);
        Assert.Contains("EX-2024-01 v2", english.Out, StringComparison.Ordinal);
        Assert.Contains("CVE-2024-5678", english.Out, StringComparison.Ordinal);
        Assert.Equal(0, japanese.ExitCode);
        Assert.Contains("4 資産中 2 資産で 2 件の一致（うち要確認 0 件）", japanese.Out, StringComparison.Ordinal);
        Assert.Contains("根拠", japanese.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_folder_is_advisories_beside_the_model_and_a_missing_one_exits_2()
    {
        var plant = Plant();

        var found = CliRunner.Run("advisories", "match", Path.Combine(plant, "plant.yaml"), "--format", "json");
        Directory.Delete(Path.Combine(plant, "advisories"), recursive: true);
        var missing = CliRunner.Run("advisories", "match", Path.Combine(plant, "plant.yaml"), "--lang", "en");

        Assert.Equal(0, found.ExitCode);
        Assert.Equal(2, JsonNode.Parse(found.Out)!["matches"]!.AsArray().Count);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains($"advisory folder not found: {Path.Combine(plant, "advisories")} (give one with --advisories DIR)", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_advisory_exits_2_naming_the_file_and_where()
    {
        var plant = Plant();
        var broken = Path.Combine(plant, "advisories", "broken.json");
        File.WriteAllText(broken, "{ \"document\": { \"csaf_version\": \"2.0\", }");

        var result = CliRunner.Run("advisories", "match", Path.Combine(plant, "plant.yaml"), "--advisories", Path.Combine(plant, "advisories"), "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(broken + ": ", result.Error, StringComparison.Ordinal);
        Assert.Contains("cannot read the advisory", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void An_unreadable_sbom_exits_2_naming_it()
    {
        var plant = Plant();
        File.WriteAllText(Path.Combine(plant, "sboms", "gateway.cdx.json"), "not json");

        var result = CliRunner.Run("advisories", "match", Path.Combine(plant, "plant.yaml"), "--advisories", Path.Combine(plant, "advisories"), "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("gateway.cdx.json", result.Error, StringComparison.Ordinal);
    }
}
