using System.CommandLine;
using FactoryCps.Analysis;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Resources;
using FactoryCps.Plans;

namespace FactoryCps.Cli.Analysis;

/// <summary><c>fcps plan MODEL</c>: Step 2 — a policy per zone and one prioritised action list.</summary>
internal static class PlanCommand
{
    public static Command Create(CliContext context)
    {
        var input = ModelInput.Create(context);
        var format = CommonOptions.Format(context, "text", "json");
        var command = new Command("plan", context.Text(nameof(CliText.PlanDescription)));
        input.AddTo(command, withDate: true);
        command.Options.Add(format);
        command.SetAction(parsed =>
        {
            var json = parsed.GetRequiredValue(format) == "json";
            if (input.Load(parsed, context, showWarnings: !json) is not { } loaded)
            {
                return ExitCodes.InvalidInput;
            }

            var plan = PlanBuilder.Build(ModelAnalyzer.Analyze(loaded, input.DateOf(parsed, context)));
            if (json)
            {
                StructuredOutput.Write(context.Environment.Out, PlanJson.Write(plan, loaded.Catalog), "json", omitNulls: false);
            }
            else
            {
                PlanText.Write(Tables.Console(context.Environment), context, loaded.Catalog, plan);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
