using System.CommandLine;
using FactoryCps.Analysis;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Resources;
using FactoryCps.Diagnostics;

namespace FactoryCps.Cli.Analysis;

/// <summary><c>fcps validate MODEL</c>: every error of a model in one run; exit 0 valid, 2 invalid.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var input = ModelInput.Create(context);
        var command = new Command("validate", context.Text(nameof(CliText.ValidateDescription)));
        input.AddTo(command, withDate: false);
        command.SetAction(parsed =>
        {
            if (CatalogInput.Load(context, parsed.GetValue(input.Catalog) ?? []) is not { } catalog)
            {
                return ExitCodes.InvalidInput;
            }

            var path = parsed.GetRequiredValue(input.Model);
            var result = ModelLoader.LoadFile(path, catalog);
            DiagnosticsOutput.Write(context, result.Diagnostics);
            var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
            var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
            if (errors > 0)
            {
                context.Environment.Error.WriteLine(context.Text(nameof(CliText.ModelInvalid), path, errors, warnings));
                return ExitCodes.InvalidInput;
            }

            context.Environment.Out.WriteLine(context.Text(nameof(CliText.ModelValid), path, warnings));
            return ExitCodes.Success;
        });
        return command;
    }
}
