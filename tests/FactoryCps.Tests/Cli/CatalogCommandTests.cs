using System.Text.Json;
using System.Text.Json.Nodes;
using FactoryCps.Catalog;
using FactoryCps.Catalog.Loading;
using YamlDotNet.RepresentationModel;

namespace FactoryCps.Tests.Cli;

public sealed class CatalogCommandTests
{
    public static TheoryData<string> Sections => [.. CatalogJson.Sections];

    private static JsonArray Json(params string[] args)
    {
        var result = CliRunner.Run([.. args, "--format", "json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        return Assert.IsType<JsonArray>(JsonNode.Parse(result.Out));
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Every_section_is_available_as_text_json_and_yaml(string section)
    {
        var text = CliRunner.Run("catalog", section, "--lang", "en");
        var json = Json("catalog", section);
        var yaml = CliRunner.Run("catalog", section, "--format", "yaml");

        Assert.Equal(0, text.ExitCode);
        Assert.NotEmpty(json);
        // The table shows the first item: its id, or for OODA rows (which have none) its phase.
        var first = json[0]!;
        Assert.Contains(first["id"] is { } id ? (string)id! : "Observe", text.Out, StringComparison.Ordinal);
        Assert.Equal(0, yaml.ExitCode);
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml.Out));
        Assert.Equal(json.Count, ((YamlSequenceNode)stream.Documents[0].RootNode).Children.Count);
    }

    [Fact]
    public void Threats_json_follows_the_contract()
    {
        var sf06 = Json("catalog", "threats").Single(t => (string?)t!["id"] == "sf-06")!;

        Assert.Equal("データ改ざん・破壊", (string?)sf06["category"]!["ja"]);
        Assert.Equal("Data tampering and destruction", (string?)sf06["category"]!["en"]);
        Assert.Equal("不正なデータ入力による不適切なフィードバック", (string?)sf06["title"]!["ja"]);
        Assert.Equal(["network"], sf06["countermeasureGroups"]!.AsArray().Select(g => (string?)g));
        Assert.Equal(
            CatalogLoader.Default.CountermeasuresFor("sf-06").Select(c => c.Id),
            sf06["countermeasures"]!.AsArray().Select(c => (string?)c));
        Assert.Equal("ext:3.2.2", (string?)sf06["source"]);
    }

    [Fact]
    public void Each_text_carries_its_own_provenance_beside_the_items()
    {
        var sf01 = Json("catalog", "threats").Single(t => (string?)t!["id"] == "sf-01")!;

        // The title is the seed's table cell, the description ours; the item keeps its old mark.
        Assert.Equal("seed", (string?)sf01["titleProvenance"]!["confidence"]);
        Assert.Equal("ext:3.2.2", (string?)sf01["titleProvenance"]!["source"]);
        Assert.Equal("derived", (string?)sf01["descriptionProvenance"]!["confidence"]);
        Assert.Equal("seed", (string?)sf01["categoryProvenance"]!["confidence"]);
        Assert.Equal("derived", (string?)sf01["confidence"]);
        var question = Json("catalog", "checklist").First(i => (string?)i!["id"] == "q-step-1-1-1-a")!;
        Assert.Equal("derived", (string?)question["questionProvenance"]!["confidence"]);
    }

    [Fact]
    public void Checklist_json_gives_each_question_its_own_source_and_mark()
    {
        var items = Json("catalog", "checklist");
        var step = items.First(i => (string?)i!["id"] == "q-step-1-1-1-a")!;
        var countermeasure = items.First(i => (string?)i!["subjectKind"] == "countermeasure")!;
        var measure = CatalogLoader.Default.Countermeasures.Single(c => c.Id == (string?)countermeasure["subject"]);

        Assert.All(items, i => Assert.NotNull((string?)i!["source"]));
        // The point 1-1-1-a is the seed's; its question is ours.
        Assert.Equal("ext:3.1.1", (string?)step["source"]);
        Assert.Equal("derived", (string?)step["confidence"]);
        Assert.Equal(measure.Source, (string?)countermeasure["source"]);
        Assert.Equal("derived", (string?)countermeasure["confidence"]);
    }

    [Fact]
    public void Supply_chain_json_follows_the_contract()
    {
        var items = Json("catalog", "supply-chain");

        Assert.Equal(FactoryCps.Catalog.Loading.CatalogLoader.Default.SupplyChain.Count, items.Count);
        var first = items[0]!;
        Assert.Equal(["id", "category", "phase", "text", "textProvenance", "source", "confidence"], first.AsObject().Select(p => p.Key).Where(k => k != "note"));
        Assert.Equal("cloud", (string?)first["category"]);
        Assert.Equal("procurement", (string?)first["phase"]);
        Assert.Equal("クラウドサービス事業者の信頼性が高いか", (string?)first["text"]!["ja"]);
        var conditional = items.Single(i => (string?)i!["id"] == "sc-product-iec-62443-4-2-01")!;
        Assert.Equal(3, (int?)conditional["when"]!["minTargetLevel"]);
        Assert.DoesNotContain(items, i => i!["organisation"] is not null);
    }

    [Fact]
    public void Ooda_json_follows_the_contract()
    {
        var decide = Json("catalog", "ooda").Single(e => (string?)e!["stage"] == "preventive" && (string?)e["phase"] == "decide")!;

        Assert.Equal("セキュリティ担当部署", (string?)decide["department"]!["ja"]);
        Assert.Equal(3, decide["decisionMakers"]!.AsArray().Count);
        Assert.Equal("経営者（重要度に応じて）", (string?)decide["decisionMakers"]![0]!["ja"]);
        Assert.Equal(3, decide["actions"]!.AsArray().Count);
    }

    [Fact]
    public void Text_output_marks_factorycps_wording_and_not_the_guidelines()
    {
        var japanese = CliRunner.Run("catalog", "threats", "--lang", "ja").Out;
        var english = CliRunner.Run("catalog", "threats", "--lang", "en").Out;

        // sf-01's title is the seed's (its description is ours); ct-dos is ours throughout. A row may wrap over lines.
        Assert.DoesNotContain("〔要約〕", Row(japanese, "sf-01", "sf-02"), StringComparison.Ordinal);
        Assert.Contains("〔要約〕", Row(japanese, "ct-dos", "ct-"), StringComparison.Ordinal);
        Assert.Contains("〔要約〕: FactoryCPS", japanese, StringComparison.Ordinal);
        Assert.DoesNotContain("[summary]", Row(english, "sf-01", "sf-02"), StringComparison.Ordinal);
        Assert.Contains("[summary]", Row(english, "ct-dos", "ct-"), StringComparison.Ordinal);
    }

    /// <summary>A table row's text, from the line that starts with <paramref name="id"/> to the next row's.</summary>
    private static string Row(string table, string id, string next)
    {
        var start = table.IndexOf($"│ {id} ", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row {id}");
        var end = table.IndexOf($"│ {next}", start + id.Length + 2, StringComparison.Ordinal);
        return table[start..(end < 0 ? table.IndexOf('╰', start) : end)];
    }

    [Fact]
    public void Analyze_marks_finding_messages_as_factorycps_text()
    {
        var sample = Path.Combine(TestPaths.RepositoryRoot, "samples", "smart-factory.yaml");
        var output = CliRunner.Run("analyze", sample, "--date", "2026-11-28", "--lang", "en").Out;

        // Every finding's message (the sample has seven findings) ends with the mark; a table may wrap it onto its own line.
        var findings = output[output.IndexOf("Findings", StringComparison.Ordinal)..];
        Assert.True(findings.Split("[summary]").Length - 1 >= 7 + 1, findings);
        Assert.Contains("[summary]: FactoryCPS", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_output_is_in_the_chosen_language()
    {
        var japanese = CliRunner.Run("catalog", "supply-chain", "--lang", "ja");
        var english = CliRunner.Run("catalog", "supply-chain", "--lang", "en");

        Assert.Contains("確認すべきポイント", japanese.Out, StringComparison.Ordinal);
        Assert.Contains("クラウドサービス事業者の信頼性が高いか", japanese.Out, StringComparison.Ordinal);
        Assert.Contains("Point to confirm", english.Out, StringComparison.Ordinal);
        Assert.Contains("Is the cloud service provider highly reliable?", english.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en_US.UTF-8", "Point to confirm")]
    [InlineData("ja_JP.UTF-8", "確認すべきポイント")]
    [InlineData("C.UTF-8", "確認すべきポイント")]
    public void Without_lang_the_locale_decides_and_japanese_is_the_default(string locale, string header)
    {
        var result = CliRunner.Run(new Dictionary<string, string> { ["LANG"] = locale }, "catalog", "supply-chain");

        Assert.Contains(header, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Fcps_lang_overrides_the_locale()
    {
        var result = CliRunner.Run(new Dictionary<string, string> { ["LANG"] = "ja_JP.UTF-8", ["FCPS_LANG"] = "en" }, "catalog", "ooda");

        Assert.Contains("Decision makers", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overlay_is_applied_to_the_listing()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("fcps-cli-").FullName, "org.yaml");
        File.WriteAllText(path, """
            catalog: 1
            supplyChain:
              - id: acme-cloud-01
                category: cloud
                phase: contract
                text: { ja: 監査権が契約に含まれているか, en: Does the contract grant audit rights? }
                source: factorycps
                confidence: derived
            """);

        var items = Json("catalog", "supply-chain", "--catalog", path);

        Assert.Equal(FactoryCps.Catalog.Loading.CatalogLoader.Default.SupplyChain.Count + 1, items.Count);
        var own = Assert.Single(items, i => (string?)i!["id"] == "acme-cloud-01")!;
        Assert.True((bool?)own["organisation"]);
    }

    [Fact]
    public void A_broken_overlay_exits_2_naming_file_and_line()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("fcps-cli-").FullName, "broken.yaml");
        File.WriteAllText(path, "catalog: 1\nsupplyChain:\n  - id: x1\n    category: cloud\n    phase: someday\n    text: { ja: あ, en: a }\n    source: factorycps\n    confidence: derived\n");

        var result = CliRunner.Run("catalog", "supply-chain", "--catalog", path, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains($"{path}:5:12: error: supplyChain[0].phase: expected one of", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_is_valid_json_with_readable_japanese()
    {
        var result = CliRunner.Run("catalog", "steps", "--format", "json");

        using var document = JsonDocument.Parse(result.Out);
        Assert.Contains("経営目標等の整理", result.Out, StringComparison.Ordinal);
        Assert.Equal(10, document.RootElement.GetArrayLength());
    }
}
