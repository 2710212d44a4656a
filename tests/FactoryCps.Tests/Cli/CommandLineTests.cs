namespace FactoryCps.Tests.Cli;

public sealed class CommandLineTests
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
}
