using System.Text.Json;
using FactoryCps.Tests.Cli;

namespace FactoryCps.Tests.Advisories;

public sealed class CsafCommandTests
{
    private static string Example(string group, string name) =>
        Path.Combine(TestPaths.Shared, "data", "oasis-csaf", "csaf_2.0", "test", "validator", "data", group, $"oasis_csaf_tc-csaf_2_0-2021-{name}.json");

    private static string Cisa(string name) =>
        Path.Combine(TestPaths.Shared, "data", "cisa-csaf-ics", "csaf_files", "OT", "white", name);

    [Fact]
    public void A_valid_document_exits_0_and_says_what_was_not_checked()
    {
        var file = Example("mandatory", "6-1-01-11");

        var result = CliRunner.Run("csaf", "validate", file, "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{file}: warning [6.2.10] /document/distribution: The document has no TLP label.", result.Out, StringComparison.Ordinal);
        Assert.Contains($"{file}: valid CSAF 2.0 (5 warnings, 0 infos).", result.Out, StringComparison.Ordinal);
        Assert.Contains("Not checked by fcps yet: 6.2.13, 6.2.19, 6.2.20", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_invalid_file_exits_2_with_file_test_path_and_message()
    {
        var valid = Example("mandatory", "6-1-01-11");
        var invalid = Example("mandatory", "6-1-01-01");

        var english = CliRunner.Run("csaf", "validate", valid, invalid, "--lang", "en");
        var japanese = CliRunner.Run("csaf", "validate", valid, invalid, "--lang", "ja");

        Assert.Equal(2, english.ExitCode);
        Assert.Contains($"{invalid}: error [6.1.1] /product_tree/product_groups/0/product_ids/0: Product ID \"CSAFPID-9080700\" is used but not defined in the product tree.", english.Out, StringComparison.Ordinal);
        Assert.Contains($"{invalid}: invalid CSAF 2.0 (2 errors, 3 warnings, 0 infos).", english.Out, StringComparison.Ordinal);
        Assert.Equal(2, japanese.ExitCode);
        Assert.Contains($"{invalid}: エラー [6.1.1] /product_tree/product_groups/0/product_ids/0: 製品 ID \"CSAFPID-9080700\" が使われていますが", japanese.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_lists_findings_per_file()
    {
        var file = Cisa("2023/icsa-23-348-10.json");

        var result = CliRunner.Run("csaf", "validate", file, "--format", "json", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
        var entry = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray().ToList());
        Assert.Equal("ICSA-23-348-10", entry.GetProperty("trackingId").GetString());
        Assert.All(entry.GetProperty("findings").EnumerateArray(), f => Assert.NotEqual("error", f.GetProperty("severity").GetString()));
        Assert.Contains("6.2.13", json.RootElement.GetProperty("notChecked").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("basic", "6.1.", "6.2.", "")]
    [InlineData("extended", "6.2.", "6.3.", "6.2.13 6.2.19 6.2.20")]
    [InlineData("full", "6.3.", null, "6.2.13 6.2.19 6.2.20 6.3.6 6.3.7 6.3.8")]
    public void A_preset_runs_its_tests_and_no_others_with_the_same_verdicts(string preset, string includedPrefix, string? excludedPrefix, string notCheckedIds)
    {
        var valid = Example("mandatory", "6-1-01-11");
        var invalid = Example("mandatory", "6-1-01-01");
        var cisa = Cisa("2023/icsa-23-348-10.json");

        var result = CliRunner.Run("csaf", "validate", valid, invalid, cisa, "--format", "json", "--preset", preset, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(preset, json.RootElement.GetProperty("preset").GetString());
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal([true, false, true], files.Select(f => f.GetProperty("valid").GetBoolean()));
        var tests = files.SelectMany(f => f.GetProperty("findings").EnumerateArray()).Select(f => f.GetProperty("test").GetString()!).ToList();
        Assert.Contains(tests, t => t.StartsWith(includedPrefix, StringComparison.Ordinal));
        Assert.Contains("6.1.1", tests);
        Assert.DoesNotContain(tests, t => excludedPrefix is not null && t.StartsWith(excludedPrefix, StringComparison.Ordinal));
        Assert.DoesNotContain(tests, t => preset == "basic" && t.StartsWith("6.3.", StringComparison.Ordinal));
        Assert.Equal(notCheckedIds.Split(' ', StringSplitOptions.RemoveEmptyEntries), json.RootElement.GetProperty("notChecked").EnumerateArray().Select(e => e.GetString()!));
    }

    [Fact]
    public void An_unknown_preset_is_refused_with_the_known_ones()
    {
        var result = CliRunner.Run("csaf", "validate", Example("mandatory", "6-1-01-11"), "--preset", "everything");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("everything", result.Error, StringComparison.Ordinal);
        Assert.Contains("extended", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cisa_advisory_with_vers_all_in_a_product_version_is_invalid_under_6_1_31()
    {
        var file = Directory.GetFiles(Cisa(""), "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .First(f => File.ReadAllText(f).Contains("\"category\": \"product_version\",\n", StringComparison.Ordinal) && File.ReadAllText(f).Contains("vers:all/", StringComparison.Ordinal) && FactoryCps.Advisories.CsafValidator.ValidateFile(f).Findings.Any(x => x.TestId == "6.1.31"));

        var result = CliRunner.Run("csaf", "validate", file, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"error \[6\.1\.31\] /product_tree/branches/\d+(/branches/\d+)*/name: The product version ""vers:all/", result.Out);
    }
}
