using System.CommandLine;
using System.CommandLine.Help;
using FactoryCps.Cli.Resources;

namespace FactoryCps.Cli.Common;

/// <summary>
/// `--help` in the user's language. System.CommandLine 2.0 ships Japanese for most of its help words, but its
/// "Description:" heading, the "default" and "REQUIRED" labels, the additional arguments' description and the help option's own
/// description are English in that translation, and its help builder is not public: the help and version options take our descriptions, and the
/// two headings are put into words after the help is written.
/// </summary>
internal static class HelpText
{
    public static void Describe(RootCommand root, CliContext context)
    {
        foreach (var option in root.Options)
        {
            option.Description = option switch
            {
                HelpOption => context.Text(nameof(CliText.HelpOptionDescription)),
                VersionOption => context.Text(nameof(CliText.VersionOptionDescription)),
                _ => option.Description,
            };
        }
    }

    public static int Write(ParseResult parsed, CliContext context)
    {
        using var help = new StringWriter();
        var result = parsed.Invoke(new InvocationConfiguration { Output = help, Error = context.Environment.Error });
        var text = help.ToString()
            .Replace("Description:" + Environment.NewLine, context.Text(nameof(CliText.HelpDescriptionTitle)) + Environment.NewLine, StringComparison.Ordinal)
            .Replace("[default: ", "[" + context.Text(nameof(CliText.HelpDefaultLabel)) + ": ", StringComparison.Ordinal)
            .Replace(" (REQUIRED)", context.Text(nameof(CliText.HelpRequiredLabel)), StringComparison.Ordinal)
            .Replace("Arguments passed to the application that is being run.", context.Text(nameof(CliText.HelpAdditionalArguments)), StringComparison.Ordinal);
        context.Environment.Out.Write(text);
        return result;
    }
}
