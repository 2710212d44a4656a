namespace FactoryCps.Rules;

internal static class Lexer
{
    private static readonly string[] Operators = ["==", "!=", "<=", ">=", "<", ">", "(", ")", "[", "]", ",", "."];

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Identifier, text[start..i], start));
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                i++;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Number, text[start..i], start));
            }
            else if (c is '\'' or '"')
            {
                i++;
                while (i < text.Length && text[i] != c)
                {
                    i++;
                }

                if (i >= text.Length)
                {
                    throw new RuleSyntaxException(start, "RuleUnterminatedString");
                }

                tokens.Add(new Token(TokenKind.String, text[(start + 1)..i], start));
                i++;
            }
            else
            {
                var op = Array.Find(Operators, o => string.CompareOrdinal(text, i, o, 0, o.Length) == 0)
                    ?? throw new RuleSyntaxException(start, "RuleUnexpectedCharacter", c.ToString());
                tokens.Add(new Token(TokenKind.Operator, op, start));
                i += op.Length;
            }
        }

        tokens.Add(new Token(TokenKind.End, "", text.Length));
        return tokens;
    }
}
