namespace FactoryCps.Rules;

internal delegate object? Evaluator(IRuleElement scope, RuleContext context);

internal sealed record Compiled(RuleType Type, Evaluator Evaluate);

/// <summary>
/// Type-checks a rule against the <see cref="ElementSchema"/> and turns it into closures, so each rule
/// is checked once at catalogue load and evaluated without re-parsing over thousands of model elements.
/// </summary>
internal sealed partial class Compiler(ElementSchema schema)
{
    public Compiled Compile(Expr expr, string scopeKind) => expr switch
    {
        LiteralExpr literal => new Compiled(literal.Type, (_, _) => literal.Value),
        ListExpr list => throw new RuleSyntaxException(list.Offset, "RuleListOnlyAfterIn"),
        PathExpr path => CompilePath(path, scopeKind),
        NotExpr not => CompileNot(not, scopeKind),
        BinaryExpr binary => CompileBinary(binary, scopeKind),
        CallExpr call => CompileCall(call, scopeKind),
        _ => throw new InvalidOperationException(expr.GetType().Name),
    };

    public Compiled CompilePath(PathExpr path, string scopeKind)
    {
        var kind = scopeKind;
        RuleType type = RuleType.Element(scopeKind);
        var names = new string[path.Segments.Count];
        for (var i = 0; i < path.Segments.Count; i++)
        {
            var segment = path.Segments[i];
            if (type.Kind != RuleTypeKind.Element)
            {
                throw new RuleSyntaxException(segment.Offset, "RuleNotNavigable", path.Segments[i - 1].Name, type.ToString());
            }

            kind = type.ElementKind!;
            if (!schema.TryGetAttribute(kind, segment.Name, out type))
            {
                throw new RuleSyntaxException(segment.Offset, "RuleUnknownAttribute", segment.Name, kind, string.Join(", ", schema.Attributes(kind).Keys));
            }

            names[i] = segment.Name;
        }

        return new Compiled(type, (scope, _) =>
        {
            object? value = scope;
            foreach (var name in names)
            {
                if (value is not IRuleElement element)
                {
                    return null;
                }

                value = element.Get(name);
            }

            return value;
        });
    }

    private Compiled CompileNot(NotExpr not, string scopeKind)
    {
        var operand = RequireBool(not.Operand, scopeKind);
        return Predicate((scope, context) => !IsTrue(operand.Evaluate(scope, context)));
    }

    private Compiled CompileBinary(BinaryExpr binary, string scopeKind)
    {
        switch (binary.Operator)
        {
            case "and":
                {
                    var left = RequireBool(binary.Left, scopeKind);
                    var right = RequireBool(binary.Right, scopeKind);
                    return Predicate((s, c) => IsTrue(left.Evaluate(s, c)) && IsTrue(right.Evaluate(s, c)));
                }

            case "or":
                {
                    var left = RequireBool(binary.Left, scopeKind);
                    var right = RequireBool(binary.Right, scopeKind);
                    return Predicate((s, c) => IsTrue(left.Evaluate(s, c)) || IsTrue(right.Evaluate(s, c)));
                }

            case "in":
                return CompileIn(binary, scopeKind);
            case "contains":
                {
                    var list = Compile(binary.Left, scopeKind);
                    var item = Compile(binary.Right, scopeKind);
                    if (list.Type.Kind != RuleTypeKind.StringList || item.Type.Kind != RuleTypeKind.String)
                    {
                        throw new RuleSyntaxException(binary.Offset, "RuleOperandTypes", "contains", "list<string> contains string", $"{list.Type} contains {item.Type}");
                    }

                    return Predicate((s, c) =>
                        list.Evaluate(s, c) is IReadOnlyList<string> values && item.Evaluate(s, c) is string value && values.Contains(value, StringComparer.Ordinal));
                }

            default:
                return CompileComparison(binary, scopeKind);
        }
    }

    private Compiled CompileIn(BinaryExpr binary, string scopeKind)
    {
        var item = Compile(binary.Left, scopeKind);
        if (binary.Right is ListExpr list)
        {
            if (list.Items.Any(i => i.Type != item.Type))
            {
                throw new RuleSyntaxException(list.Offset, "RuleOperandTypes", "in", $"{item.Type} in [{item.Type}, …]", $"{item.Type} in [{string.Join(", ", list.Items.Select(i => i.Type))}]");
            }

            var values = list.Items.Select(i => i.Value).ToHashSet();
            return Predicate((s, c) => item.Evaluate(s, c) is { } value && values.Contains(value));
        }

        var attribute = Compile(binary.Right, scopeKind);
        if (attribute.Type.Kind != RuleTypeKind.StringList || item.Type.Kind != RuleTypeKind.String)
        {
            throw new RuleSyntaxException(binary.Offset, "RuleOperandTypes", "in", "string in list<string>", $"{item.Type} in {attribute.Type}");
        }

        return Predicate((s, c) =>
            attribute.Evaluate(s, c) is IReadOnlyList<string> values && item.Evaluate(s, c) is string value && values.Contains(value, StringComparer.Ordinal));
    }

    private Compiled CompileComparison(BinaryExpr binary, string scopeKind)
    {
        var left = Compile(binary.Left, scopeKind);
        var right = Compile(binary.Right, scopeKind);
        var op = binary.Operator;
        var equality = op is "==" or "!=";

        if (left.Type.Kind == RuleTypeKind.Null || right.Type.Kind == RuleTypeKind.Null)
        {
            if (!equality)
            {
                throw new RuleSyntaxException(binary.Offset, "RuleOperandTypes", op, "number or date", "null");
            }

            var other = left.Type.Kind == RuleTypeKind.Null ? right : left;
            return Predicate((s, c) => (other.Evaluate(s, c) is null) == (op == "=="));
        }

        var comparable = left.Type == right.Type && left.Type.Kind is RuleTypeKind.Int or RuleTypeKind.Date or RuleTypeKind.String or RuleTypeKind.Bool;
        var ordered = left.Type.Kind is RuleTypeKind.Int or RuleTypeKind.Date;
        if (!comparable || (!equality && !ordered))
        {
            throw new RuleSyntaxException(binary.Offset, "RuleOperandTypes", op, equality ? "two values of one type" : "two numbers or two dates", $"{left.Type} {op} {right.Type}");
        }

        return Predicate((s, c) =>
        {
            var a = left.Evaluate(s, c);
            var b = right.Evaluate(s, c);
            if (a is null || b is null)
            {
                return false;
            }

            var order = Comparer<object>.Default.Compare(a, b);
            return op switch
            {
                "==" => a.Equals(b),
                "!=" => !a.Equals(b),
                "<" => order < 0,
                "<=" => order <= 0,
                ">" => order > 0,
                _ => order >= 0,
            };
        });
    }

    private Compiled RequireBool(Expr expr, string scopeKind)
    {
        var compiled = Compile(expr, scopeKind);
        return compiled.Type.Kind == RuleTypeKind.Bool
            ? compiled
            : throw new RuleSyntaxException(expr.Offset, "RuleExpectedBool", compiled.Type.ToString());
    }

    private Compiled RequireElementList(Expr expr, string scopeKind)
    {
        var compiled = Compile(expr, scopeKind);
        return compiled.Type.Kind == RuleTypeKind.ElementList
            ? compiled
            : throw new RuleSyntaxException(expr.Offset, "RuleArgumentType", "any/all/count", "list of elements", compiled.Type.ToString());
    }

    private static void Arity(CallExpr call, int min, int max)
    {
        if (call.Arguments.Count < min || call.Arguments.Count > max)
        {
            throw new RuleSyntaxException(call.Offset, "RuleArity", call.Name, min == max ? $"{min}" : $"{min}..{max}", call.Arguments.Count);
        }
    }

    /// <summary>In a boolean context a missing value counts as false.</summary>
    internal static bool IsTrue(object? value) => value is true;

    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>
    /// A boolean condition whose result is one of two shared boxes: conditions run for every element of a
    /// large plant, and boxing a fresh bool for each result made them allocation-bound.
    /// </summary>
    private static Compiled Predicate(Func<IRuleElement, RuleContext, bool> test) =>
        new(RuleType.Bool, (s, c) => test(s, c) ? True : False);
}
