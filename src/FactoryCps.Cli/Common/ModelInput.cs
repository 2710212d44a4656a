using System.CommandLine;
using System.Globalization;
using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Cli.Resources;
using FactoryCps.Diagnostics;

namespace FactoryCps.Cli.Common;

/// <summary>The model argument and the options every model command shares, and loading with reporting.</summary>
internal sealed class ModelInput
{
    private ModelInput(CliContext context)
    {
        Model = new Argument<string>("model") { Description = context.Text(nameof(CliText.ModelArgument)), HelpName = "MODEL" };
        Catalog = CommonOptions.Catalog(context);
        Language = CommonOptions.Language(context);
        Date = new Option<string>("--date")
        {
            Description = context.Text(nameof(CliText.OptionDate)),
            HelpName = "YYYY-MM-DD",
        };
        Date.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError(context.Text(nameof(CliText.InvalidDate), value));
            }
        });
    }

    public Argument<string> Model { get; }

    public Option<string[]> Catalog { get; }

    public Option<string> Language { get; }

    public Option<string> Date { get; }

    public static ModelInput Create(CliContext context) => new(context);

    public void AddTo(Command command, bool withDate)
    {
        command.Arguments.Add(Model);
        command.Options.Add(Catalog);
        command.Options.Add(Language);
        if (withDate)
        {
            command.Options.Add(Date);
        }
    }

    /// <summary>The analysis date: --date, else today where fcps runs.</summary>
    public DateOnly DateOf(ParseResult parsed, CliContext context) =>
        parsed.GetValue(Date) is { } text
            ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : DateOnly.FromDateTime(context.Environment.Time.GetLocalNow().DateTime);

    /// <summary>
    /// Loads catalogue and model, validated and derived once (what the analysis builds on); on any error prints
    /// every diagnostic and returns null.
    /// </summary>
    public LoadedModel? Load(ParseResult parsed, CliContext context, bool showWarnings = true)
    {
        if (CatalogInput.Load(context, parsed.GetValue(Catalog) ?? []) is not { } catalog)
        {
            return null;
        }

        return LoadOther(parsed.GetRequiredValue(Model), catalog, context, showWarnings);
    }

    /// <summary>Loads a further model file (the new side of a diff) against the same catalogue.</summary>
    public LoadedModel? LoadOther(string path, GuidelineCatalog catalog, CliContext context, bool showWarnings = true)
    {
        var result = ModelLoader.LoadFile(path, catalog);
        var diagnostics = showWarnings ? result.Diagnostics : result.Diagnostics.Where(d => d.Severity == Severity.Error);
        DiagnosticsOutput.Write(context, diagnostics);
        return result.Loaded;
    }
}
