namespace FactoryCps.Rules;

/// <summary>A checked, compiled rule condition over one subject kind.</summary>
public sealed class RuleCondition
{
    private readonly Evaluator _evaluate;

    private RuleCondition(string text, string subjectKind, Evaluator evaluate)
    {
        Text = text;
        SubjectKind = subjectKind;
        _evaluate = evaluate;
    }

    public string Text { get; }

    public string SubjectKind { get; }

    /// <exception cref="RuleSyntaxException">The text does not parse, names an unknown attribute, or is not boolean.</exception>
    public static RuleCondition Compile(string text, string subjectKind, ElementSchema schema)
    {
        var expr = Parser.Parse(text);
        var compiled = new Compiler(schema).Compile(expr, subjectKind);
        if (compiled.Type.Kind != RuleTypeKind.Bool)
        {
            throw new RuleSyntaxException(0, "RuleExpectedBool", compiled.Type.ToString());
        }

        return new RuleCondition(text, subjectKind, compiled.Evaluate);
    }

    public bool Evaluate(IRuleElement subject, RuleContext context)
    {
        if (subject.Kind != SubjectKind)
        {
            throw new ArgumentException($"Rule is about '{SubjectKind}', got '{subject.Kind}'.", nameof(subject));
        }

        return Compiler.IsTrue(_evaluate(subject, context));
    }
}
