using FactoryCps.Diagnostics;

namespace FactoryCps.Cli.Common;

internal static class DiagnosticsOutput
{
    /// <summary>Writes every diagnostic, one per line, in the user's language; returns whether any is an error.</summary>
    public static bool Write(CliContext context, IEnumerable<Diagnostic> diagnostics)
    {
        var errors = false;
        foreach (var diagnostic in diagnostics)
        {
            context.Environment.Error.WriteLine(diagnostic.Render(context.Language));
            errors |= diagnostic.Severity == Severity.Error;
        }

        return errors;
    }
}
