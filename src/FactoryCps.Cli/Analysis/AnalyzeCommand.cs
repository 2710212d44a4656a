using System.CommandLine;
using FactoryCps.Analysis;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Resources;

namespace FactoryCps.Cli.Analysis;

/// <summary><c>fcps analyze MODEL</c>: Steps 1-3 … 2-2 derived, explained, with the top risks first.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliContext context) =>
        ModelCommand.Create(context, "analyze", context.Text(nameof(CliText.AnalyzeDescription)), withDate: true, run =>
        {
            var result = ModelAnalyzer.Analyze(run.Loaded, run.Date);
            return run.Write(
                () => AnalysisJson.Write(result, run.Loaded.Catalog),
                console => AnalysisText.Write(console, context, run.Loaded.Catalog, result));
        });
}
