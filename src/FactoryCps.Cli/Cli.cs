using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using FactoryCps.Cli.Accounts;
using FactoryCps.Cli.Analysis;
using FactoryCps.Cli.Assessment;
using FactoryCps.Cli.Catalog;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Database;
using FactoryCps.Cli.Procurement;
using FactoryCps.Cli.Resources;
using FactoryCps.Cli.Sboms;
using FactoryCps.Cli.Serve;
using FactoryCps.Localization;

namespace FactoryCps.Cli;

internal static class Cli
{
    public static int Run(string[] args, CliEnvironment environment)
    {
        // Help texts are localised, so the language is known before the command tree is built.
        var language = CommonOptions.PreScanLanguage(args, environment);
        var context = new CliContext(environment, language);

        // System.CommandLine's own words (Usage, Options, "Show help and usage information", parse errors) come
        // from its satellite resources in the UI culture: without this a Japanese help page has English headings.
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = language.Culture();
        try
        {
            return Run(args, environment, context);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private static int Run(string[] args, CliEnvironment environment, CliContext context)
    {
        var root = BuildRoot(context);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                environment.Error.WriteLine(error.Message);
            }

            environment.Error.WriteLine(context.Text(nameof(CliText.SeeHelp)));
            return ExitCodes.InvalidInput;
        }

        var configuration = new InvocationConfiguration { Output = environment.Out, Error = environment.Error };
        try
        {
            return parsed.Action is HelpAction ? HelpText.Write(parsed, context) : parsed.Invoke(configuration);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            environment.Error.WriteLine(context.Text(nameof(CliText.IoError), ex.Message));
            return ExitCodes.InvalidInput;
        }
    }

    private static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand(context.Text(nameof(CliText.RootDescription)));
        HelpText.Describe(root, context);
        root.Subcommands.Add(CatalogCommand.Create(context));
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(AnalyzeCommand.Create(context));
        root.Subcommands.Add(PlanCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(DiffCommand.Create(context));
        root.Subcommands.Add(AssessmentCommand.Create(context));
        root.Subcommands.Add(ProcurementCommand.Create(context));
        root.Subcommands.Add(DbCommand.Create(context));
        root.Subcommands.Add(UsersCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(SyntheticCommand.Create(context));
        root.Subcommands.Add(SbomCommand.Create(context));
        root.Subcommands.Add(Advisories.CsafCommand.Create(context));
        root.Subcommands.Add(Advisories.AdvisoriesCommand.Create(context));
        return root;
    }
}
