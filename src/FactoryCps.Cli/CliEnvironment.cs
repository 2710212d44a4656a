namespace FactoryCps.Cli;

/// <summary>Everything the CLI takes from the process, so tests can run it in-process with their own.</summary>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error, Func<string, string?> GetVariable, TimeProvider Time, bool IsTerminal)
{
    public static CliEnvironment FromProcess()
    {
        var utf8 = new System.Text.UTF8Encoding(false);
        var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = true };
        var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        return new CliEnvironment(stdout, stderr, Environment.GetEnvironmentVariable, TimeProvider.System, !Console.IsOutputRedirected);
    }
}
