using System.CommandLine;
using FactoryCps.Advisories;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Resources;
using FactoryCps.Diagnostics;

namespace FactoryCps.Cli.Advisories;

/// <summary><c>fcps csaf validate FILE…</c>: schema and CSAF 2.0 tests per file; exit 0 when all are valid, 2 otherwise.</summary>
internal static class CsafCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("csaf", context.Text(nameof(CliText.CsafDescription)));
        command.Subcommands.Add(Validate(context));
        return command;
    }

    private static Command Validate(CliContext context)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = context.Text(nameof(CliText.CsafFileArgument)),
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.Format(context, "text", "json");
        var preset = new Option<string>("--preset")
        {
            Description = context.Text(nameof(CliText.CsafPresetOption)),
            HelpName = string.Join('|', CsafPresets.Codes),
            DefaultValueFactory = _ => "full",
        };
        preset.AcceptOnlyFromAmong([.. CsafPresets.Codes]);
        var command = new Command("validate", context.Text(nameof(CliText.CsafValidateDescription)));
        command.Arguments.Add(files);
        command.Options.Add(format);
        command.Options.Add(preset);
        command.Options.Add(CommonOptions.Language(context));
        command.SetAction(parsed =>
        {
            // Files are independent; validating them in parallel keeps big advisory folders quick. Each result goes to
            // its own slot, so the report keeps the order of the arguments without an ordered PLINQ merge.
            // Only the verdicts are reported here, so the model for matching is not read.
            var paths = parsed.GetRequiredValue(files);
            var tests = CsafPresets.Parse(parsed.GetRequiredValue(preset));
            var reports = new CsafReport[paths.Length];
            Parallel.For(0, paths.Length, i => reports[i] = CsafValidator.ValidateFile(paths[i], readModel: false, tests));
            if (parsed.GetRequiredValue(format) == "json")
            {
                CsafJsonReport.Write(context.Environment.Out, reports, tests, context.Language);
            }
            else
            {
                WriteText(context, reports, tests);
            }

            return Array.TrueForAll(reports, r => r.IsValid) ? ExitCodes.Success : ExitCodes.InvalidInput;
        });
        return command;
    }

    private static void WriteText(CliContext context, IReadOnlyList<CsafReport> reports, CsafPreset preset)
    {
        var output = context.Environment.Out;
        foreach (var report in reports)
        {
            foreach (var finding in report.Findings)
            {
                var severity = new Message("Severity" + finding.Severity).Render(context.Language);
                output.WriteLine($"{report.File}: {severity} [{finding.TestId}] {finding.Path}: {finding.Message.Render(context.Language)}");
            }

            var errors = report.Findings.Count(f => f.Severity == Severity.Error);
            var warnings = report.Findings.Count(f => f.Severity == Severity.Warning);
            var infos = report.Findings.Count(f => f.Severity == Severity.Info);
            output.WriteLine(report.IsValid
                ? context.Text(nameof(CliText.CsafValid), report.File, warnings, infos)
                : context.Text(nameof(CliText.CsafInvalid), report.File, errors, warnings, infos));
        }

        var notChecked = CsafValidator.NotCheckedIn(preset);
        if (notChecked.Count > 0)
        {
            output.WriteLine(context.Text(nameof(CliText.CsafNotChecked), string.Join(", ", notChecked)));
        }
    }
}
