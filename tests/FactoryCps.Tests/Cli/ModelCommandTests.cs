using System.Text.Json.Nodes;

namespace FactoryCps.Tests.Cli;

public sealed class ModelCommandTests
{
    private static string Sample(string name) => Path.Combine(TestPaths.RepositoryRoot, "samples", name);

    [Theory]
    [InlineData("smart-factory.yaml")]
    [InlineData("minimal.yaml")]
    public void Samples_are_valid(string sample)
    {
        var result = CliRunner.Run("validate", Sample(sample), "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("valid", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_do_not_fail_validation()
    {
        var result = CliRunner.Run("validate", Sample("smart-factory.yaml"), "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: assets[13].operations: asset 'spare-hmi' serves no operation", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_messages_follow_the_language()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("fcps-model-").FullName, "bad.yaml");
        File.WriteAllText(path, "format: 1\nsite: { id: s }\nassets:\n  - { id: p, kind: plc, zone: nowhere, operations: [] }\n");

        var japanese = CliRunner.Run("validate", path, "--lang", "ja");
        var english = CliRunner.Run("validate", path, "--lang", "en");

        Assert.Equal(2, japanese.ExitCode);
        Assert.Contains($"{path}:4:31: エラー: assets[0].zone: 'nowhere' は zones に存在しません", japanese.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}:4:31: error: assets[0].zone: 'nowhere' does not exist in zones", english.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("smart-factory.yaml", "smart-factory.analysis.json")]
    [InlineData("minimal.yaml", "minimal.analysis.json")]
    public void Analysis_json_matches_the_reviewed_golden_file(string sample, string golden)
    {
        var result = CliRunner.Run("analyze", Sample(sample), "--date", "2026-11-28", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        GoldenFiles.AssertJson(golden, result.Out);
    }

    [Fact]
    public void Plan_json_matches_the_reviewed_golden_file()
    {
        var result = CliRunner.Run("plan", Sample("smart-factory.yaml"), "--date", "2026-11-28", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        GoldenFiles.AssertJson("smart-factory.plan.json", result.Out);
    }

    [Fact]
    public void Analysis_json_has_the_contract_fields()
    {
        var json = JsonNode.Parse(CliRunner.Run("analyze", Sample("smart-factory.yaml"), "--date", "2026-11-28", "--format", "json").Out)!;

        Assert.All(json["operations"]!.AsArray(), o => Assert.NotNull(o!["importance"]));
        Assert.All(json["assets"]!.AsArray(), a => Assert.NotNull(a!["importance"]));
        Assert.All(json["zones"]!.AsArray(), z => Assert.NotNull(z!["targetLevel"]));
        Assert.All(json["threats"]!.AsArray(), t =>
        {
            Assert.NotNull(t!["threat"]);
            Assert.NotNull(t["covered"]);
            Assert.NotNull(t["risk"]!["grade"]);
            Assert.All(t["countermeasures"]!.AsArray(), c => Assert.NotNull(c!["status"]));
        });
        Assert.All(json["findings"]!.AsArray(), f => Assert.NotNull(f!["severity"]));
        Assert.InRange((double)json["coverage"]!, 0, 1);
    }

    [Fact]
    public void Every_smart_factory_threat_applies_to_the_smart_factory_sample()
    {
        var json = JsonNode.Parse(CliRunner.Run("analyze", Sample("smart-factory.yaml"), "--date", "2026-11-28", "--format", "json").Out)!;
        var threats = json["threats"]!.AsArray().Select(t => (string)t!["threat"]!).ToHashSet();

        Assert.All(Enumerable.Range(1, 9).Select(i => $"sf-{i:00}"), id => Assert.Contains(id, threats));
    }

    [Fact]
    public void Text_analysis_shows_the_top_risks_first()
    {
        var result = CliRunner.Run("analyze", Sample("smart-factory.yaml"), "--date", "2026-11-28", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        var top = result.Out.IndexOf("Top risks", StringComparison.Ordinal);
        var zones = result.Out.IndexOf("Zones", StringComparison.Ordinal);
        Assert.True(top >= 0 && top < zones, result.Out);
        Assert.Contains("zone safety importance 3 ← asset sis-1 importance 3 ← operation safety-shutdown impact.safety 3", result.Out.Replace("\n", "", StringComparison.Ordinal).Replace("│", "", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    /// <summary>
    /// The headline counts what it says (issue 15: "uncovered 67" beside "coverage 26 %" read as a contradiction),
    /// and the top risks name zones and assets, findings speak through their message, not their rule id.
    /// </summary>
    [Fact]
    public void Text_analysis_counts_in_words_and_names_zones_and_assets()
    {
        var result = CliRunner.Run("analyze", Sample("smart-factory.yaml"), "--date", "2026-11-28", "--lang", "ja");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"脅威: \d+ 件（うち必要な対策がすべて実施済み \d+ 件）  対策実施率: \d+%  重大度「高」の指摘: \d+ 件", result.Out);
        Assert.DoesNotContain("未対策", result.Out, StringComparison.Ordinal);
        var top = result.Out[..result.Out.IndexOf("目標レベル", StringComparison.Ordinal)];
        Assert.Contains("制御ゾーン（ライン1）", top, StringComparison.Ordinal);
        Assert.DoesNotContain("│ control-line1", top, StringComparison.Ordinal);
        Assert.Contains("(sf-03)", top, StringComparison.Ordinal);
        Assert.DoesNotContain("support-ended", result.Out, StringComparison.Ordinal);
        Assert.Contains("セキュリティサポートが終了しています", result.Out.Replace("\n", "", StringComparison.Ordinal).Replace("│", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    /// <summary>The plan names countermeasures by title, zones and owners by name (issue 15: owners were ids such as plant-eng).</summary>
    [Fact]
    public void Text_plan_names_countermeasures_zones_and_owners()
    {
        var result = CliRunner.Run("plan", Sample("smart-factory.yaml"), "--date", "2026-11-28", "--lang", "ja");

        Assert.Equal(0, result.ExitCode);
        var text = result.Out.Replace("│", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains("生産技術課", text, StringComparison.Ordinal);
        Assert.DoesNotContain("plant-eng", text, StringComparison.Ordinal);
        Assert.Contains("パッチ適用と脆弱性対応(dev-patch-management)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("dev-account-management(", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_date_is_a_usage_error()
    {
        var result = CliRunner.Run("analyze", Sample("minimal.yaml"), "--date", "28.11.2026");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void A_missing_model_file_exits_2()
    {
        var result = CliRunner.Run("analyze", Path.Combine(TestPaths.RepositoryRoot, "no-such-model.yaml"), "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("file not found", result.Error, StringComparison.Ordinal);
    }
}
