using System.CommandLine;
using FactoryCps.Cli.Resources;

namespace FactoryCps.Cli.Assessment;

/// <summary><c>fcps assessment template MODEL</c> and <c>fcps assessment score MODEL ANSWERS</c>: the self-assessment without a server.</summary>
internal static class AssessmentCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("assessment", context.Text(nameof(CliText.AssessmentDescription)));
        command.Subcommands.Add(AssessmentTemplateCommand.Create(context));
        command.Subcommands.Add(AssessmentScoreCommand.Create(context));
        return command;
    }
}
