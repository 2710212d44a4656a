using FactoryCps.Cli.Serve;

namespace FactoryCps.Tests.Cli;

/// <summary>
/// `fcps serve` takes the web application's settings as docs/web.md documents them, --Fcps:Name=value (issue 14:
/// the parser refused them); any other unknown option is still refused with exit code 2 and a message.
/// </summary>
public sealed class ServeCommandTests
{
    [Fact]
    public void Settings_in_both_forms_become_configuration_arguments()
    {
        Assert.True(ServeSettings.TryRead(["--Fcps:PublicUrl=https://fcps.example.com/", "--Fcps:KnownProxies", "10.0.0.0/8", "--fcps:RequireHttps=true", "--Kestrel:Limits:MaxConcurrentConnections=100", "--AllowedHosts", "fcps.example.com"], out var arguments, out _));

        Assert.Equal(
            ["--Fcps:PublicUrl=https://fcps.example.com/", "--Fcps:KnownProxies=10.0.0.0/8", "--fcps:RequireHttps=true", "--Kestrel:Limits:MaxConcurrentConnections=100", "--AllowedHosts=fcps.example.com"],
            arguments);
    }

    [Theory]
    [InlineData("serve", "--port", "80")]
    [InlineData("serve", "--Fcps:")]
    [InlineData("serve", "--Logging:LogLevel:Default=Trace")]
    [InlineData("serve", "stray")]
    [InlineData("serve", "--Fcps:PublicUrl")]
    [InlineData("serve", "--Fcps:PublicUrl", "--demo")]
    public void Anything_else_exits_2_with_a_message(params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(args[1], result.Error, StringComparison.Ordinal);
        Assert.Contains("fcps --help", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Fcps:PublicUrl=not-an-address")]
    [InlineData("--Fcps:PublicUrl", "not-an-address")]
    public void A_setting_reaches_the_web_applications_configuration(params string[] setting)
    {
        var data = Directory.CreateTempSubdirectory("fcps-serve-").FullName;
        try
        {
            // The bad value stops the start (exit 1) only if it reached configuration; refused by the parser, it was 2.
            var result = CliRunner.Run(["serve", "--urls", "http://127.0.0.1:0", "--data", data, .. setting]);

            Assert.Equal(1, result.ExitCode);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
