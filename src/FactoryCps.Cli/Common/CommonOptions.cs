using System.CommandLine;
using FactoryCps.Cli.Resources;
using FactoryCps.Localization;

namespace FactoryCps.Cli.Common;

/// <summary>Options several commands share, built once per command so each can list its own choices.</summary>
internal static class CommonOptions
{
    public static Option<string> Language(CliContext context)
    {
        var option = new Option<string>("--lang")
        {
            Description = context.Text(nameof(CliText.OptionLang)),
            HelpName = "ja|en",
        };
        option.AcceptOnlyFromAmong("ja", "en");
        return option;
    }

    public static Option<string> Format(CliContext context, params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = context.Text(nameof(CliText.OptionFormat)),
            HelpName = string.Join('|', formats),
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<string[]> Catalog(CliContext context) => new("--catalog")
    {
        Description = context.Text(nameof(CliText.OptionCatalog)),
        HelpName = "FILE",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>--lang, else FCPS_LANG or the locale, else Japanese (the guideline's language).</summary>
    public static Language PreScanLanguage(string[] args, CliEnvironment environment)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var value = args[i] == "--lang" && i + 1 < args.Length ? args[i + 1]
                : args[i].StartsWith("--lang=", StringComparison.Ordinal) ? args[i]["--lang=".Length..]
                : null;
            if (value is not null && Languages.TryParse(value, out var language))
            {
                return language;
            }
        }

        return Languages.FromEnvironment(environment.GetVariable);
    }
}
