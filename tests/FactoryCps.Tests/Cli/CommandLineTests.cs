using System.Text.RegularExpressions;

namespace FactoryCps.Tests.Cli;

public sealed partial class CommandLineTests
{
    [Fact]
    public void Help_lists_the_commands()
    {
        var result = CliRunner.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("catalog", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_is_localised()
    {
        var english = CliRunner.Run("catalog", "--help", "--lang", "en");
        var japanese = CliRunner.Run("catalog", "--help", "--lang", "ja");

        Assert.Contains("Show a section of the guideline catalog.", english.Out, StringComparison.Ordinal);
        Assert.Contains("ガイドラインカタログの項目を表示します。", japanese.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_product_version()
    {
        var result = CliRunner.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Out.Trim());
    }

    [Theory]
    [InlineData("analyse")]
    [InlineData("catalog", "threat")]
    [InlineData("catalog", "threats", "--formt", "json")]
    [InlineData("catalog", "threats", "--format", "xml")]
    [InlineData("catalog", "threats", "--lang", "fr")]
    [InlineData("catalog")]
    public void Unknown_commands_options_and_values_exit_2_with_a_message(params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Error.Trim());
        Assert.Contains("fcps --help", result.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// Japanese help is Japanese throughout (issue 15): the headings, the help option's description, the default
    /// label and the additional arguments were System.CommandLine's English. Syntax (option names, &lt;ARG&gt;,
    /// [options]) and names such as SBOM, CSAF or JSON stay as they are; two English words in a row do not.
    /// </summary>
    [Theory]
    [InlineData("--help")]
    [InlineData("analyze", "--help")]
    [InlineData("catalog", "--help")]
    [InlineData("serve", "--help")]
    [InlineData("sbom", "show", "--help")]
    [InlineData("advisories", "import", "--help")]
    [InlineData("db", "backup", "--help")]
    [InlineData("report", "--help")]
    public void Japanese_help_has_no_english_sentences(params string[] args)
    {
        var result = CliRunner.Run([.. args, "--lang", "ja"]);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        var prose = lines.Where((line, i) => i == 0 || lines[i - 1] != "使用法:").Select(line => Syntax().Replace(line, ""));
        var english = prose.Where(line => EnglishWords().IsMatch(line)).ToList();
        Assert.True(english.Count == 0, "English in Japanese help:\n" + string.Join("\n", english));
        Assert.StartsWith("説明:", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("(REQUIRED)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void English_help_keeps_its_english_headings()
    {
        var result = CliRunner.Run("analyze", "--help", "--lang", "en");

        Assert.StartsWith("Description:", result.Out, StringComparison.Ordinal);
        Assert.Contains("Show help and usage information", result.Out, StringComparison.Ordinal);
        Assert.Contains("[default: text]", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_japanese_parse_error_is_japanese()
    {
        var result = CliRunner.Run("analyze", "--bogus", "--lang", "ja");

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotMatch(EnglishWords(), Syntax().Replace(result.Error, ""));
    }

    /// <summary>Option names, placeholders, bracketed syntax, settings and addresses: the command line's own notation.</summary>
    [GeneratedRegex(@"--?[\w:=.-]+|<[^>]*>|\[[^\]]*\]|\S+://\S+|'[^']*'")]
    private static partial Regex Syntax();

    [GeneratedRegex(@"\b[A-Za-z]{3,} [a-z]{3,}\b")]
    private static partial Regex EnglishWords();
}
