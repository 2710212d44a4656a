using System.CommandLine;
using FactoryCps.Analysis;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Resources;

namespace FactoryCps.Cli.Analysis;

/// <summary><c>fcps analyze MODEL</c>: Steps 1-3 … 2-2 derived, explained, with the top risks first.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var input = ModelInput.Create(context);
        var format = CommonOptions.Format(context, "text", "json");
        var command = new Command("analyze", context.Text(nameof(CliText.AnalyzeDescription)));
        input.AddTo(command, withDate: true);
        command.Options.Add(format);
        command.SetAction(parsed =>
        {
            var json = parsed.GetRequiredValue(format) == "json";
            if (input.Load(parsed, context, showWarnings: !json) is not { } loaded)
            {
                return ExitCodes.InvalidInput;
            }

            var result = ModelAnalyzer.Analyze(loaded, input.DateOf(parsed, context));
            if (json)
            {
                StructuredOutput.Write(context.Environment.Out, AnalysisJson.Write(result, loaded.Catalog), "json", omitNulls: false);
            }
            else
            {
                AnalysisText.Write(Tables.Console(context.Environment), context, loaded.Catalog, result);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
