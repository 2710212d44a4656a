using FactoryCps.Cli;

namespace FactoryCps.Tests.Cli;

internal sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>Runs fcps in-process with its own output and environment, as a user would from the shell.</summary>
internal static class CliRunner
{
    public static CliResult Run(params string[] args) => Run(new Dictionary<string, string>(), args);

    public static CliResult Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var env = new CliEnvironment(stdout, stderr, name => environment.GetValueOrDefault(name), TimeProvider.System, IsTerminal: false);
        var code = FactoryCps.Cli.Cli.Run(args, env);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}
