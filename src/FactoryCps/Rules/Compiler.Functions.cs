using System.Globalization;

namespace FactoryCps.Rules;

/// <summary>The rule language's functions: any, all, count, daysUntil, isSet, date.</summary>
internal sealed partial class Compiler
{
    private Compiled CompileCall(CallExpr call, string scopeKind)
    {
        switch (call.Name)
        {
            case "any" or "all":
                {
                    Arity(call, 2, 2);
                    var list = RequireElementList(call.Arguments[0], scopeKind);
                    var predicate = RequireBool(call.Arguments[1], list.Type.ElementKind!);
                    var all = call.Name == "all";
                    return Predicate((s, c) =>
                    {
                        if (list.Evaluate(s, c) is not IReadOnlyList<IRuleElement> items)
                        {
                            return all;
                        }

                        foreach (var item in items)
                        {
                            if (IsTrue(predicate.Evaluate(item, c)) != all)
                            {
                                return !all;
                            }
                        }

                        return all;
                    });
                }

            case "count":
                {
                    Arity(call, 1, 2);
                    var list = Compile(call.Arguments[0], scopeKind);
                    if (list.Type.Kind == RuleTypeKind.StringList && call.Arguments.Count == 1)
                    {
                        return new Compiled(RuleType.Int, (s, c) => list.Evaluate(s, c) is IReadOnlyList<string> values ? values.Count : 0);
                    }

                    list = RequireElementList(call.Arguments[0], scopeKind);
                    var predicate = call.Arguments.Count == 2 ? RequireBool(call.Arguments[1], list.Type.ElementKind!) : null;
                    return new Compiled(RuleType.Int, (s, c) =>
                    {
                        if (list.Evaluate(s, c) is not IReadOnlyList<IRuleElement> items)
                        {
                            return 0;
                        }

                        return predicate is null ? items.Count : items.Count(i => IsTrue(predicate.Evaluate(i, c)));
                    });
                }

            case "daysUntil":
                {
                    Arity(call, 1, 1);
                    var date = Compile(call.Arguments[0], scopeKind);
                    if (date.Type.Kind != RuleTypeKind.Date)
                    {
                        throw new RuleSyntaxException(call.Arguments[0].Offset, "RuleArgumentType", call.Name, "date", date.Type.ToString());
                    }

                    return new Compiled(RuleType.Int, (s, c) =>
                        date.Evaluate(s, c) is DateOnly d ? d.DayNumber - c.AnalysisDate.DayNumber : null);
                }

            case "isSet":
                {
                    Arity(call, 1, 1);
                    if (call.Arguments[0] is not PathExpr path)
                    {
                        throw new RuleSyntaxException(call.Arguments[0].Offset, "RuleArgumentType", call.Name, "attribute", "expression");
                    }

                    var value = CompilePath(path, scopeKind);
                    return Predicate((s, c) => value.Evaluate(s, c) switch
                    {
                        null => false,
                        string text => text.Length > 0,
                        IReadOnlyList<string> list => list.Count > 0,
                        IReadOnlyList<IRuleElement> list => list.Count > 0,
                        _ => true,
                    });
                }

            case "date":
                {
                    Arity(call, 1, 1);
                    if (call.Arguments[0] is not LiteralExpr { Value: string text } ||
                        !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        throw new RuleSyntaxException(call.Arguments[0].Offset, "RuleArgumentType", call.Name, "'YYYY-MM-DD'", "expression");
                    }

                    return new Compiled(RuleType.Date, (_, _) => date);
                }

            default:
                throw new RuleSyntaxException(call.Offset, "RuleUnknownFunction", call.Name, "any, all, count, daysUntil, isSet, date");
        }
    }
}
