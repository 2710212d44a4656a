using System.Globalization;

namespace FactoryCps.Matching;

/// <summary>
/// A product version as vendors write it — "1.290", "V3.5.20", "V2.0 SP1", "V4.8 SP2 HF9", "R5.01.00",
/// "3.4.4 Build 16102416" — as a sequence of numbers and words that compares the way people read it:
/// numbers numerically, trailing zeros insignificant (3.5 = 3.5.0), a service pack or hotfix after the release
/// it extends (V2.0 &lt; V2.0 SP1), pre-releases before it (2.0 beta &lt; 2.0).
/// </summary>
internal sealed class ProductVersion : IComparable<ProductVersion>, IEquatable<ProductVersion>
{
    private static readonly HashSet<string> PreRelease = new(StringComparer.Ordinal) { "alpha", "beta", "rc", "pre", "preview", "dev" };

    /// <summary>Words vendors use inside versions; any other word makes a comparison uncertain.</summary>
    private static readonly HashSet<string> KnownWords = new(StringComparer.Ordinal)
    {
        "sp", "hf", "update", "upd", "u", "build", "b", "r", "rev", "fw", "patch", "p", "x", "hw", "sr", "cu", "fp",
        "alpha", "a", "beta", "rc", "pre", "preview", "dev", "release", "version", "firmware",
    };

    private readonly IReadOnlyList<object> _tokens;

    private ProductVersion(string text, IReadOnlyList<object> tokens, bool certain)
    {
        Text = text;
        _tokens = tokens;
        Certain = certain;
    }

    public string Text { get; }

    /// <summary>False when the text holds words that are not version words (a serial number, prose).</summary>
    public bool Certain { get; }

    public static ProductVersion? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var tokens = new List<object>();
        var certain = true;
        var lower = text.Trim().ToLowerInvariant();
        var i = 0;
        while (i < lower.Length)
        {
            var start = i;
            if (char.IsAsciiDigit(lower[i]))
            {
                while (i < lower.Length && char.IsAsciiDigit(lower[i]))
                {
                    i++;
                }

                // Long digit runs (dates, build stamps) exceed long; compare them as numbers without leading zeros.
                var digits = lower[start..i].TrimStart('0');
                tokens.Add(digits.Length <= 18 ? long.Parse(digits.Length == 0 ? "0" : digits, CultureInfo.InvariantCulture) : digits);
            }
            else if (char.IsAsciiLetter(lower[i]))
            {
                while (i < lower.Length && char.IsAsciiLetter(lower[i]))
                {
                    i++;
                }

                var word = lower[start..i];
                // "V3.5" and "version 3.5": the prefix is not part of the version.
                if (tokens.Count == 0 && word is "v" or "ver" or "version")
                {
                    continue;
                }

                // Short letter groups are vendors' revision marks ("1.010L", "15.2(6)E0a", "V2016.05RS09").
                certain &= word.Length <= 2 || KnownWords.Contains(word);
                tokens.Add(word);
            }
            else
            {
                i++;
            }
        }

        return tokens.Count == 0 ? null : new ProductVersion(text.Trim(), tokens, certain);
    }

    public int CompareTo(ProductVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var count = Math.Max(_tokens.Count, other._tokens.Count);
        for (var i = 0; i < count; i++)
        {
            var a = i < _tokens.Count ? _tokens[i] : null;
            var b = i < other._tokens.Count ? other._tokens[i] : null;
            if (a is null || b is null)
            {
                return Remainder(a is null ? other._tokens : _tokens, i) * (a is null ? -1 : 1);
            }

            var order = Compare(a, b);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    public bool Equals(ProductVersion? other) => CompareTo(other) == 0;

    public override bool Equals(object? obj) => obj is ProductVersion other && Equals(other);

    public override int GetHashCode() => Text.GetHashCode(StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Text;

    /// <summary>How the longer version's extra tokens rank it: zeros are nothing, a pre-release is less, anything else more.</summary>
    private static int Remainder(IReadOnlyList<object> longer, int from)
    {
        for (var i = from; i < longer.Count; i++)
        {
            switch (longer[i])
            {
                case 0L:
                    continue;
                case string word when PreRelease.Contains(word):
                    return -1;
                default:
                    return 1;
            }
        }

        return 0;
    }

    private static int Compare(object a, object b) => (a, b) switch
    {
        (long x, long y) => x.CompareTo(y),
        (string x, string y) when char.IsAsciiDigit(x[0]) && char.IsAsciiDigit(y[0]) => x.Length != y.Length ? x.Length.CompareTo(y.Length) : string.CompareOrdinal(x, y),
        (long, string y) => char.IsAsciiDigit(y[0]) ? -1 : PreRelease.Contains(y) ? 1 : -1,
        (string x, long) => char.IsAsciiDigit(x[0]) ? 1 : PreRelease.Contains(x) ? -1 : 1,
        (string x, string y) => PreRelease.Contains(x) == PreRelease.Contains(y) ? string.CompareOrdinal(x, y) : PreRelease.Contains(x) ? -1 : 1,
        _ => 0,
    };
}
