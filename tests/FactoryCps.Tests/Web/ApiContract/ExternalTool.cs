using System.Diagnostics;

namespace FactoryCps.Tests.Web.ApiContract;

/// <summary>
/// Runs a command-line tool the contract tests need (npx, dotnet) and returns its exit code and output. A tool
/// that is missing fails the test with what to install: a skipped contract check proves nothing.
/// </summary>
internal static class ExternalTool
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string program, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{program} could not be started ({e.Message}); the API contract tests need it on the PATH (docs/api.md).", e);
        }

        using (process)
        {
            // Bounded: a tool that hangs (waiting for a network it will not get) fails the test instead of the run.
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            limit.CancelAfter(TimeSpan.FromMinutes(3));
            var output = process.StandardOutput.ReadToEndAsync(limit.Token);
            var error = process.StandardError.ReadToEndAsync(limit.Token);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            return (process.ExitCode, (await output) + (await error));
        }
    }
}
