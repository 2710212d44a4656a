using System.CommandLine;
using FactoryCps.Catalog;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Resources;
using FactoryCps.Localization;

namespace FactoryCps.Cli.Catalog;

/// <summary><c>fcps catalog SECTION</c>: the guideline catalogue as a table, JSON or YAML.</summary>
internal static class CatalogCommand
{
    public static Command Create(CliContext context)
    {
        var section = new Argument<string>("section")
        {
            Description = context.Text(nameof(CliText.CatalogSectionArgument)),
            HelpName = string.Join('|', CatalogJson.Sections),
        };
        section.AcceptOnlyFromAmong([.. CatalogJson.Sections]);
        var format = CommonOptions.Format(context, "text", "json", "yaml");
        var language = CommonOptions.Language(context);
        var overlays = CommonOptions.Catalog(context);

        var command = new Command("catalog", context.Text(nameof(CliText.CatalogDescription)));
        command.Arguments.Add(section);
        command.Options.Add(format);
        command.Options.Add(language);
        command.Options.Add(overlays);
        command.SetAction(parsed => Run(
            context,
            parsed.GetRequiredValue(section),
            parsed.GetRequiredValue(format),
            parsed.GetValue(overlays) ?? []));
        return command;
    }

    private static int Run(CliContext context, string section, string format, string[] overlays)
    {
        if (CatalogInput.Load(context, overlays) is not { } catalog)
        {
            return ExitCodes.InvalidInput;
        }

        if (format == "text")
        {
            CatalogTables.Write(Tables.Console(context.Environment), context, catalog, section);
        }
        else
        {
            StructuredOutput.Write(context.Environment.Out, CatalogJson.Section(catalog, section), format);
        }

        return ExitCodes.Success;
    }

    internal static string Get(this LocalizedText text, CliContext context) => text.Get(context.Language);
}
