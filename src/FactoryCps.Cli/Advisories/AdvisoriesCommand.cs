using System.CommandLine;
using FactoryCps.Cli.Resources;

namespace FactoryCps.Cli.Advisories;

/// <summary><c>fcps advisories …</c>: the installation's CSAF advisories (import, list; matching lives beside them).</summary>
internal static class AdvisoriesCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("advisories", context.Text(nameof(CliText.AdvisoriesDescription)));
        command.Subcommands.Add(AdvisoriesImportCommand.Create(context));
        command.Subcommands.Add(AdvisoriesListCommand.Create(context));
        command.Subcommands.Add(MatchCommand.Create(context));
        return command;
    }
}
