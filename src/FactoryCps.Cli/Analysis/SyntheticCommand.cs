using System.CommandLine;
using FactoryCps.Catalog.Loading;
using FactoryCps.Synthetic;

namespace FactoryCps.Cli.Analysis;

/// <summary>
/// Hidden <c>fcps synthetic --scale N --out FILE</c>: writes a large synthetic model for benchmarks and
/// memory measurements (docs/performance.md). Not for users, so not listed in help.
/// </summary>
internal static class SyntheticCommand
{
    public static Command Create(CliContext context)
    {
        var scale = new Option<int>("--scale") { DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Required = true };
        var command = new Command("synthetic") { Hidden = true };
        command.Options.Add(scale);
        command.Options.Add(output);
        command.SetAction(parsed =>
        {
            var ids = CatalogLoader.Default.Countermeasures.Select(c => c.Id).ToList();
            File.WriteAllText(parsed.GetRequiredValue(output), SyntheticModel.Generate(SyntheticModel.Size.Benchmark.Times(Math.Max(1, parsed.GetValue(scale))), ids));
            return ExitCodes.Success;
        });
        _ = context;
        return command;
    }
}
