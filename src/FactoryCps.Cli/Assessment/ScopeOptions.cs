using System.CommandLine;
using FactoryCps.Checklists;
using FactoryCps.Cli.Resources;

namespace FactoryCps.Cli.Assessment;

/// <summary><c>--zones</c>, <c>--steps</c> and <c>--groups</c>: a round's scope, each a comma-separated list or repeated.</summary>
internal sealed class ScopeOptions
{
    private ScopeOptions(CliContext context)
    {
        Zones = List("--zones", context.Text(nameof(CliText.OptionAssessmentZones)), "ZONE,…");
        Steps = List("--steps", context.Text(nameof(CliText.OptionAssessmentSteps)), "STEP,…");
        Groups = List("--groups", context.Text(nameof(CliText.OptionAssessmentGroups)), "GROUP,…");
    }

    public Option<string[]> Zones { get; }

    public Option<string[]> Steps { get; }

    public Option<string[]> Groups { get; }

    public static ScopeOptions Create(CliContext context) => new(context);

    public void AddTo(Command command)
    {
        command.Options.Add(Zones);
        command.Options.Add(Steps);
        command.Options.Add(Groups);
    }

    public AssessmentScope Scope(ParseResult parsed) => new(Values(parsed, Zones), Values(parsed, Steps), Values(parsed, Groups));

    private static string[] Values(ParseResult parsed, Option<string[]> option) =>
        [.. (parsed.GetValue(option) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal)];

    private static Option<string[]> List(string name, string description, string helpName) => new(name)
    {
        Description = description,
        HelpName = helpName,
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };
}
