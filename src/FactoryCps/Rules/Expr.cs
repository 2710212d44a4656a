namespace FactoryCps.Rules;

/// <summary>Syntax tree of a rule condition; offsets point into the rule text for error columns.</summary>
internal abstract record Expr(int Offset);

internal sealed record LiteralExpr(object? Value, RuleType Type, int Offset) : Expr(Offset);

internal sealed record ListExpr(IReadOnlyList<LiteralExpr> Items, int Offset) : Expr(Offset);

internal sealed record PathSegment(string Name, int Offset);

internal sealed record PathExpr(IReadOnlyList<PathSegment> Segments, int Offset) : Expr(Offset);

internal sealed record NotExpr(Expr Operand, int Offset) : Expr(Offset);

internal sealed record BinaryExpr(string Operator, Expr Left, Expr Right, int Offset) : Expr(Offset);

internal sealed record CallExpr(string Name, IReadOnlyList<Expr> Arguments, int Offset) : Expr(Offset);
