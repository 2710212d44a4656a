using System.CommandLine;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Resources;
using FactoryCps.Sboms;

namespace FactoryCps.Cli.Sboms;

/// <summary><c>fcps sbom show FILE</c>, <c>fcps sbom diff OLD NEW</c> and <c>fcps sbom licenses MODEL</c>.</summary>
internal static class SbomCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("sbom", context.Text(nameof(CliText.SbomDescription)));
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(Diff(context));
        command.Subcommands.Add(SbomLicensesCommand.Create(context));
        return command;
    }

    private static Command Show(CliContext context)
    {
        var file = new Argument<string>("file") { Description = context.Text(nameof(CliText.SbomFileArgument)), HelpName = "FILE" };
        var format = CommonOptions.Format(context, "text", "json");
        var command = new Command("show", context.Text(nameof(CliText.SbomShowDescription)));
        command.Arguments.Add(file);
        command.Options.Add(format);
        command.Options.Add(CommonOptions.Language(context));
        command.SetAction(parsed =>
        {
            var path = parsed.GetRequiredValue(file);
            if (Load(context, path) is not { } sbom)
            {
                return ExitCodes.InvalidInput;
            }

            if (parsed.GetRequiredValue(format) == "json")
            {
                StructuredOutput.Write(context.Environment.Out, SbomJson.Show(path, sbom), "json", omitNulls: false);
            }
            else
            {
                SbomText.Show(Tables.Console(context.Environment), context, path, sbom);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Diff(CliContext context)
    {
        var older = new Argument<string>("old") { Description = context.Text(nameof(CliText.SbomOldArgument)), HelpName = "OLD" };
        var newer = new Argument<string>("new") { Description = context.Text(nameof(CliText.SbomNewArgument)), HelpName = "NEW" };
        var format = CommonOptions.Format(context, "text", "json");
        var command = new Command("diff", context.Text(nameof(CliText.SbomDiffDescription)));
        command.Arguments.Add(older);
        command.Arguments.Add(newer);
        command.Options.Add(format);
        command.Options.Add(CommonOptions.Language(context));
        command.SetAction(parsed =>
        {
            var oldPath = parsed.GetRequiredValue(older);
            var newPath = parsed.GetRequiredValue(newer);
            // Both are read before giving up, so that one run reports what is wrong with either file.
            var oldSbom = Load(context, oldPath);
            var newSbom = Load(context, newPath);
            if (oldSbom is null || newSbom is null)
            {
                return ExitCodes.InvalidInput;
            }

            var diff = SbomDiffer.Compare(oldSbom, newSbom);
            if (parsed.GetRequiredValue(format) == "json")
            {
                StructuredOutput.Write(context.Environment.Out, SbomJson.Diff(oldPath, newPath, diff), "json", omitNulls: false);
            }
            else
            {
                SbomText.Diff(Tables.Console(context.Environment), context, diff);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Reads an SBOM, or writes why it cannot be read (file, JSON path, reason) and returns null.</summary>
    private static Sbom? Load(CliContext context, string path)
    {
        try
        {
            return SbomReader.Read(path);
        }
        catch (SbomReadException ex)
        {
            context.Environment.Error.WriteLine(context.Text(nameof(CliText.SbomInvalid), ex.Render(context.Language)));
            return null;
        }
    }
}
