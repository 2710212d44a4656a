using System.Globalization;

namespace FactoryCps.Rules;

/// <summary>Recursive-descent parser of the rule language (see docs/catalog.md, "The rule language").</summary>
internal sealed class Parser
{
    private static readonly HashSet<string> Keywords = ["and", "or", "not", "in", "contains", "true", "false", "null"];
    private static readonly HashSet<string> Comparisons = ["==", "!=", "<", "<=", ">", ">="];

    private readonly List<Token> _tokens;
    private int _position;

    private Parser(string text) => _tokens = Lexer.Tokenize(text);

    public static Expr Parse(string text)
    {
        var parser = new Parser(text);
        var expr = parser.ParseOr();
        parser.Expect(TokenKind.End);
        return expr;
    }

    private Token Current => _tokens[_position];

    private Expr ParseOr()
    {
        var left = ParseAnd();
        while (AcceptWord("or") is { } op)
        {
            left = new BinaryExpr("or", left, ParseAnd(), op.Offset);
        }

        return left;
    }

    private Expr ParseAnd()
    {
        var left = ParseUnary();
        while (AcceptWord("and") is { } op)
        {
            left = new BinaryExpr("and", left, ParseUnary(), op.Offset);
        }

        return left;
    }

    private Expr ParseUnary() =>
        AcceptWord("not") is { } op ? new NotExpr(ParseUnary(), op.Offset) : ParseComparison();

    private Expr ParseComparison()
    {
        var left = ParsePrimary();
        if (Current.Kind == TokenKind.Operator && Comparisons.Contains(Current.Text))
        {
            var op = Next();
            return new BinaryExpr(op.Text, left, ParsePrimary(), op.Offset);
        }

        if ((AcceptWord("in") ?? AcceptWord("contains")) is { } word)
        {
            return new BinaryExpr(word.Text, left, ParsePrimary(), word.Offset);
        }

        return left;
    }

    private Expr ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Next();
                return int.TryParse(token.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                    ? new LiteralExpr(number, RuleType.Int, token.Offset)
                    : throw new RuleSyntaxException(token.Offset, "RuleNumberTooLarge", token.Text);
            case TokenKind.String:
                Next();
                return new LiteralExpr(token.Text, RuleType.String, token.Offset);
            case TokenKind.Operator when token.Text == "(":
                Next();
                var inner = ParseOr();
                ExpectOperator(")");
                return inner;
            case TokenKind.Operator when token.Text == "[":
                return ParseList();
            case TokenKind.Identifier:
                return ParseIdentifier();
            default:
                throw Unexpected(token);
        }
    }

    private ListExpr ParseList()
    {
        var open = Next();
        var items = new List<LiteralExpr>();
        if (!AcceptOperator("]"))
        {
            do
            {
                items.Add(ParsePrimary() as LiteralExpr ?? throw new RuleSyntaxException(Current.Offset, "RuleListOfLiterals"));
            }
            while (AcceptOperator(","));
            ExpectOperator("]");
        }

        return new ListExpr(items, open.Offset);
    }

    private Expr ParseIdentifier()
    {
        var token = Next();
        switch (token.Text)
        {
            case "true":
                return new LiteralExpr(true, RuleType.Bool, token.Offset);
            case "false":
                return new LiteralExpr(false, RuleType.Bool, token.Offset);
            case "null":
                return new LiteralExpr(null, RuleType.Null, token.Offset);
        }

        if (Keywords.Contains(token.Text))
        {
            throw Unexpected(token);
        }

        if (AcceptOperator("("))
        {
            var arguments = new List<Expr>();
            if (!AcceptOperator(")"))
            {
                do
                {
                    arguments.Add(ParseOr());
                }
                while (AcceptOperator(","));
                ExpectOperator(")");
            }

            return new CallExpr(token.Text, arguments, token.Offset);
        }

        var segments = new List<PathSegment> { new(token.Text, token.Offset) };
        while (AcceptOperator("."))
        {
            var segment = Expect(TokenKind.Identifier);
            segments.Add(new PathSegment(segment.Text, segment.Offset));
        }

        return new PathExpr(segments, token.Offset);
    }

    private Token Next() => _tokens[_position++];

    private Token? AcceptWord(string word)
    {
        if (Current.Kind == TokenKind.Identifier && Current.Text == word)
        {
            return Next();
        }

        return null;
    }

    private bool AcceptOperator(string op)
    {
        if (Current.Kind == TokenKind.Operator && Current.Text == op)
        {
            Next();
            return true;
        }

        return false;
    }

    private void ExpectOperator(string op)
    {
        if (!AcceptOperator(op))
        {
            throw new RuleSyntaxException(Current.Offset, "RuleExpected", op, Describe(Current));
        }
    }

    private Token Expect(TokenKind kind)
    {
        if (Current.Kind != kind)
        {
            throw new RuleSyntaxException(Current.Offset, "RuleExpected", kind == TokenKind.End ? "end" : kind.ToString().ToLowerInvariant(), Describe(Current));
        }

        return Next();
    }

    private static RuleSyntaxException Unexpected(Token token) =>
        new(token.Offset, "RuleUnexpectedToken", Describe(token));

    private static string Describe(Token token) => token.Kind == TokenKind.End ? "end" : $"'{token.Text}'";
}
