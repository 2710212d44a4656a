namespace FactoryCps.Rules;

internal enum TokenKind
{
    Identifier,
    Number,
    String,
    Operator,
    End,
}

/// <summary>A token and its 0-based offset in the expression text (for error columns).</summary>
internal sealed record Token(TokenKind Kind, string Text, int Offset);
