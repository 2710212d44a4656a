using System.CommandLine;
using FactoryCps.Cli.Resources;

namespace FactoryCps.Cli.Advisories;

/// <summary><c>fcps advisories …</c>: security advisories (CSAF) against the plant. Each subcommand adds itself.</summary>
internal static class AdvisoriesCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("advisories", context.Text(nameof(CliText.AdvisoriesDescription)));
        AddMatch(command, context);
        return command;
    }

    private static void AddMatch(Command advisories, CliContext context) => advisories.Subcommands.Add(MatchCommand.Create(context));
}
