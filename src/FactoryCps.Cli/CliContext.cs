using System.Globalization;
using FactoryCps.Cli.Resources;
using FactoryCps.Localization;

namespace FactoryCps.Cli;

/// <summary>The environment plus the language the user asked for, handed to every command.</summary>
internal sealed class CliContext(CliEnvironment environment, Language language)
{
    public CliEnvironment Environment { get; } = environment;

    public Language Language { get; } = language;

    public string Text(string key, params object?[] args)
    {
        var format = CliText.ResourceManager.GetString(key, Language.Culture())
            ?? throw new InvalidOperationException($"Missing CLI text '{key}'.");
        return args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
    }
}
