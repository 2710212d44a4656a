namespace FactoryCps.Rules;

/// <summary>A checked, compiled rule condition over one subject kind.</summary>
internal sealed class RuleCondition
{
    private readonly Evaluator _evaluate;

    private RuleCondition(string text, string subjectKind, Evaluator evaluate, bool dependsOnDate)
    {
        Text = text;
        SubjectKind = subjectKind;
        _evaluate = evaluate;
        DependsOnDate = dependsOnDate;
    }

    public string Text { get; }

    public string SubjectKind { get; }

    /// <summary>
    /// Whether the outcome can change with the analysis date (the condition counts days to a date): such a
    /// condition is evaluated at analysis time only, never when a model is loaded.
    /// </summary>
    public bool DependsOnDate { get; }

    /// <exception cref="RuleSyntaxException">The text does not parse, names an unknown attribute, or is not boolean.</exception>
    public static RuleCondition Compile(string text, string subjectKind, ElementSchema schema)
    {
        var expr = Parser.Parse(text);
        var compiled = new Compiler(schema).Compile(expr, subjectKind);
        if (compiled.Type.Kind != RuleTypeKind.Bool)
        {
            throw new RuleSyntaxException(0, "RuleExpectedBool", compiled.Type.ToString());
        }

        return new RuleCondition(text, subjectKind, compiled.Evaluate, UsesAnalysisDate(expr));
    }

    /// <summary><c>daysUntil</c> is the only part of the language that reads <see cref="RuleContext.AnalysisDate"/>.</summary>
    private static bool UsesAnalysisDate(Expr expr) => expr switch
    {
        CallExpr call => call.Name == "daysUntil" || call.Arguments.Any(UsesAnalysisDate),
        NotExpr not => UsesAnalysisDate(not.Operand),
        BinaryExpr binary => UsesAnalysisDate(binary.Left) || UsesAnalysisDate(binary.Right),
        _ => false,
    };

    public bool Evaluate(IRuleElement subject, RuleContext context)
    {
        if (subject.Kind != SubjectKind)
        {
            throw new ArgumentException($"Rule is about '{SubjectKind}', got '{subject.Kind}'.", nameof(subject));
        }

        return Compiler.IsTrue(_evaluate(subject, context));
    }
}
