using System.CommandLine;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Database;
using FactoryCps.Cli.Resources;
using FactoryCps.Web.Advisories;

namespace FactoryCps.Cli.Advisories;

/// <summary>
/// <c>fcps advisories import PATH…</c>: CSAF files, folders and provider folders with ROLIE feeds into the
/// installation's database. Progress goes to stderr, the summary to stdout; exit 2 when anything was rejected.
/// </summary>
internal static class AdvisoriesImportCommand
{
    /// <summary>Without a terminal, a progress line every this many files keeps logs short.</summary>
    private const int ProgressEvery = 500;

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = context.Text(nameof(CliText.AdvisoriesPathArgument)), Arity = ArgumentArity.OneOrMore };
        var format = CommonOptions.Format(context, "text", "json");
        var database = DatabaseOptions.Create(context);
        var command = new Command("import", context.Text(nameof(CliText.AdvisoriesImportDescription)));
        command.Arguments.Add(paths);
        command.Options.Add(format);
        database.AddTo(command);
        command.SetAction((parsed, cancellationToken) => DatabaseErrors.RunAsync(context, async () =>
        {
            await using var db = await AdvisoryDatabase.OpenAsync(context, database, parsed, cancellationToken);
            var store = new AdvisoryStore(db, context.Environment.Time);
            var importedBy = $"fcps ({context.Environment.GetVariable("USER") ?? "cli"})";
            var summary = await AdvisoryImportRun.RunAsync(parsed.GetRequiredValue(paths), store, importedBy, context.Environment.Time, Progress(context), cancellationToken);
            if (context.Environment.IsTerminal)
            {
                context.Environment.Error.WriteLine();
            }

            if (parsed.GetRequiredValue(format) == "json")
            {
                StructuredOutput.Write(context.Environment.Out, AdvisoryImportOutput.Json(context, summary), "json");
            }
            else
            {
                AdvisoryImportOutput.Text(context, summary);
            }

            return summary.Rejected == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
        }));
        return command;
    }

    private static Action<int, int> Progress(CliContext context)
    {
        var lastReported = 0;
        return (done, total) =>
        {
            if (context.Environment.IsTerminal)
            {
                context.Environment.Error.Write("\r" + context.Text(nameof(CliText.AdvisoryImportProgress), done, total));
            }
            else if (done / ProgressEvery > lastReported / ProgressEvery)
            {
                context.Environment.Error.WriteLine(context.Text(nameof(CliText.AdvisoryImportProgress), done, total));
            }

            lastReported = done;
        };
    }
}
