using System.CommandLine;
using System.Text.Json.Nodes;
using FactoryCps.Analysis;
using Spectre.Console;

namespace FactoryCps.Cli.Common;

/// <summary>
/// A command over one model file with a text or JSON view (analyze, plan, sbom licenses): the model argument
/// and the shared options, loading with every diagnostic reported (warnings only for text, so that JSON stays
/// one parseable document), and the choice of view.
/// </summary>
internal static class ModelCommand
{
    public static Command Create(CliContext context, string name, string description, bool withDate, Func<ModelCommandRun, int> action)
    {
        var input = ModelInput.Create(context);
        var format = CommonOptions.Format(context, "text", "json");
        var command = new Command(name, description);
        input.AddTo(command, withDate);
        command.Options.Add(format);
        command.SetAction(parsed =>
        {
            var json = parsed.GetRequiredValue(format) == "json";
            return input.Load(parsed, context, showWarnings: !json) is { } loaded
                ? action(new ModelCommandRun(context, parsed, input, loaded, json))
                : ExitCodes.InvalidInput;
        });
        return command;
    }
}

/// <summary>One run of a <see cref="ModelCommand"/>: the loaded model and what the command line asked for.</summary>
internal sealed record ModelCommandRun(CliContext Context, ParseResult Parsed, ModelInput Input, LoadedModel Loaded, bool Json)
{
    /// <summary>The analysis date: --date, else today where fcps runs.</summary>
    public DateOnly Date => Input.DateOf(Parsed, Context);

    /// <summary>The model file as given on the command line.</summary>
    public string ModelPath => Parsed.GetRequiredValue(Input.Model);

    /// <summary>Writes the JSON document or the text view, as --format asked; the command has succeeded.</summary>
    public int Write(Func<JsonNode> json, Action<IAnsiConsole> text)
    {
        if (Json)
        {
            StructuredOutput.Write(Context.Environment.Out, json(), "json", omitNulls: false);
        }
        else
        {
            text(Tables.Console(Context.Environment));
        }

        return ExitCodes.Success;
    }
}
