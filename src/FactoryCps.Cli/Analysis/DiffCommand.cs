using System.CommandLine;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Resources;
using FactoryCps.Diffs;

namespace FactoryCps.Cli.Analysis;

/// <summary><c>fcps diff OLD NEW</c>: what changed between two versions of a model, and what follows (PDCA).</summary>
internal static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var older = ModelInput.Create(context);
        var newer = new Argument<string>("new") { Description = context.Text(nameof(CliText.DiffNewArgument)), HelpName = "NEW" };
        var format = CommonOptions.Format(context, "text", "json");
        var command = new Command("diff", context.Text(nameof(CliText.DiffDescription)));
        older.AddTo(command, withDate: true);
        command.Arguments.Add(newer);
        command.Options.Add(format);
        command.SetAction(parsed =>
        {
            var json = parsed.GetRequiredValue(format) == "json";
            if (older.Load(parsed, context, showWarnings: !json) is not { } oldModel
                || older.LoadOther(parsed.GetRequiredValue(newer), oldModel.Catalog, context, showWarnings: !json) is not { } newModel)
            {
                return ExitCodes.InvalidInput;
            }

            var diff = ModelDiffer.Compare(oldModel, newModel, older.DateOf(parsed, context));
            if (json)
            {
                StructuredOutput.Write(context.Environment.Out, DiffJson.Write(diff), "json", omitNulls: false);
            }
            else
            {
                DiffText.Write(Tables.Console(context.Environment), context, newModel, diff);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
