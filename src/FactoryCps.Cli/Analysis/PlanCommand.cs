using System.CommandLine;
using FactoryCps.Analysis;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Resources;
using FactoryCps.Plans;

namespace FactoryCps.Cli.Analysis;

/// <summary><c>fcps plan MODEL</c>: Step 2 — a policy per zone and one prioritised action list.</summary>
internal static class PlanCommand
{
    public static Command Create(CliContext context) =>
        ModelCommand.Create(context, "plan", context.Text(nameof(CliText.PlanDescription)), withDate: true, run =>
        {
            var plan = PlanBuilder.Build(ModelAnalyzer.Analyze(run.Loaded, run.Date));
            return run.Write(
                () => PlanJson.Write(plan, run.Loaded.Catalog),
                console => PlanText.Write(console, context, run.Loaded, plan));
        });
}
