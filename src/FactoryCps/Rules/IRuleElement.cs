namespace FactoryCps.Rules;

/// <summary>
/// A model element as rules see it. Values are <c>null</c>, <see cref="bool"/>, <see cref="int"/>,
/// <see cref="string"/>, <see cref="DateOnly"/>, <c>IReadOnlyList&lt;string&gt;</c>,
/// <see cref="IRuleElement"/> or <c>IReadOnlyList&lt;IRuleElement&gt;</c>, as <see cref="ElementSchema"/> declares.
/// </summary>
internal interface IRuleElement
{
    string Kind { get; }

    object? Get(string attribute);
}

/// <summary>What a rule needs besides the element: the analysis date, for <c>daysUntil</c>.</summary>
internal sealed record RuleContext(DateOnly AnalysisDate);
