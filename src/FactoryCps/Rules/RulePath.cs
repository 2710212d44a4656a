namespace FactoryCps.Rules;

/// <summary>
/// Where a rule's threat lands: <c>self</c>, or a path from the subject to an element of the wanted kind
/// (<c>zone</c>, <c>to.zone</c>). Checked at catalogue load like conditions.
/// </summary>
internal sealed class RulePath
{
    private readonly Evaluator? _resolve;

    private RulePath(string text, Evaluator? resolve)
    {
        Text = text;
        _resolve = resolve;
    }

    public string Text { get; }

    public bool IsSelf => _resolve is null;

    public static RulePath Compile(string text, string subjectKind, string targetKind, ElementSchema schema)
    {
        if (text == "self")
        {
            return subjectKind == targetKind || subjectKind == "site"
                ? new RulePath(text, null)
                : throw new RuleSyntaxException(0, "RulePathType", targetKind, subjectKind);
        }

        if (Parser.Parse(text) is not PathExpr path)
        {
            throw new RuleSyntaxException(0, "RulePathNotPath", text);
        }

        var compiled = new Compiler(schema).CompilePath(path, subjectKind);
        return compiled.Type.Kind == RuleTypeKind.Element && compiled.Type.ElementKind == targetKind
            ? new RulePath(text, compiled.Evaluate)
            : throw new RuleSyntaxException(0, "RulePathType", targetKind, compiled.Type.ToString());
    }

    /// <summary>The element the path reaches, or null when it ends in nothing (an asset without a zone).</summary>
    public IRuleElement? Resolve(IRuleElement subject, RuleContext context) =>
        _resolve is null ? subject : _resolve(subject, context) as IRuleElement;
}
