using System.Text.RegularExpressions;

namespace FactoryCps.Advisories;

/// <summary>
/// A JSON schema <c>pattern</c>, matched by the backtracking interpreter until a string shows that the pattern can
/// backtrack for long; from then on by the non-backtracking engine, which gives the same answers in linear time.
/// The interpreter is built in microseconds, where the non-backtracking engine took 10–50 ms per pattern: building
/// it for the CVSS, CPE and language-tag patterns was about a sixth of a whole validation run of the CISA advisories.
/// A hostile string costs at most one <see cref="Budget"/> per pattern and process.
/// </summary>
internal sealed class SchemaPattern(string pattern)
{
    /// <summary>Far above what any real advisory string needs (microseconds), far below a noticeable stall.</summary>
    internal static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(50);

    private readonly Regex _interpreted = new(pattern, RegexOptions.CultureInvariant, Budget);
    private volatile Regex? _linear;

    public string Pattern { get; } = pattern;

    /// <summary>Whether a string has hit the budget, so that the pattern is now matched in linear time.</summary>
    public bool IsLinear => _linear is not null;

    public bool IsMatch(ReadOnlySpan<char> text)
    {
        if (_linear is { } linear)
        {
            return linear.IsMatch(text);
        }

        try
        {
            return _interpreted.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            _linear = Linear(Pattern);
            return _linear.IsMatch(text);
        }
    }

    private static Regex Linear(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            // Back references and look-arounds have no linear engine; a longer budget is the only guard left.
            return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
    }
}
