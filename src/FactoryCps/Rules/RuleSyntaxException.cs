namespace FactoryCps.Rules;

/// <summary>A rule that does not parse or type-check; <see cref="Offset"/> is where in the text.</summary>
internal sealed class RuleSyntaxException(int offset, string key, params object?[] args) : Exception(key)
{
    public int Offset { get; } = offset;

    public string Key { get; } = key;

    public object?[] Args { get; } = args;
}
