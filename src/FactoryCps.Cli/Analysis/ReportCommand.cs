using System.CommandLine;
using System.Reflection;
using FactoryCps.Analysis;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Resources;
using FactoryCps.Reports;

namespace FactoryCps.Cli.Analysis;

/// <summary><c>fcps report MODEL --out DIR</c>: the documents a plant hands to management and auditors.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var input = ModelInput.Create(context);
        var output = new Option<string>("--out") { Description = context.Text(nameof(CliText.OptionOut)), HelpName = "DIR", Required = true };
        var formats = new Option<string>("--format")
        {
            Description = context.Text(nameof(CliText.OptionReportFormat)),
            HelpName = string.Join(',', ReportWriter.Formats),
            DefaultValueFactory = _ => "html,xlsx,md,json",
        };
        formats.Validators.Add(result =>
        {
            var unknown = Split(result.GetValueOrDefault<string>() ?? "").Except(ReportWriter.Formats).ToList();
            if (unknown.Count > 0)
            {
                result.AddError(context.Text(nameof(CliText.UnknownReportFormat), string.Join(", ", unknown), string.Join(", ", ReportWriter.Formats)));
            }
        });

        var command = new Command("report", context.Text(nameof(CliText.ReportDescription)));
        input.AddTo(command, withDate: true);
        command.Options.Add(output);
        command.Options.Add(formats);
        command.SetAction(parsed =>
        {
            if (input.Load(parsed, context) is not { } loaded)
            {
                return ExitCodes.InvalidInput;
            }

            var analysis = ModelAnalyzer.Analyze(loaded, input.DateOf(parsed, context));
            var report = new ReportContext(loaded.Catalog, analysis, context.Language, Version());
            var written = ReportWriter.Write(report, parsed.GetRequiredValue(output), [.. Split(parsed.GetRequiredValue(formats))], loaded.Model.Site.Id + "-report");
            foreach (var path in written)
            {
                context.Environment.Out.WriteLine(path);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static IEnumerable<string> Split(string formats) =>
        formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant());

    private static string Version() =>
        typeof(ReportCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";
}
