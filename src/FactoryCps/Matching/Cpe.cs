using System.Text;

namespace FactoryCps.Matching;

/// <summary>How a CPE of an asset compares with one named by an advisory.</summary>
internal enum CpeComparison
{
    Different,

    /// <summary>Every attribute the advisory names, the asset names the same way (or the advisory leaves it ANY).</summary>
    Match,

    /// <summary>Part, vendor and product agree, but the asset leaves an attribute open that the advisory names.</summary>
    Possible,
}

/// <summary>
/// A CPE name, from the 2.3 formatted string (<c>cpe:2.3:a:vendor:product:version:…</c>, with backslash escapes) or
/// the 2.2 URI (<c>cpe:/a:vendor:product:version</c>, percent-encoded). Attributes are kept unescaped and lower case;
/// <c>*</c> (or an empty 2.2 component) is ANY and <c>-</c> is NA, as in the CPE naming and matching specifications.
/// </summary>
internal sealed class Cpe
{
    public const string Any = "*";
    public const string NotApplicable = "-";

    private const int Attributes = 11;

    private readonly string[] _values;

    private Cpe(string text, string[] values)
    {
        Text = text;
        _values = values;
    }

    public string Text { get; }

    public string Part => _values[0];

    public string Vendor => _values[1];

    public string Product => _values[2];

    public string Version => _values[3];

    /// <summary>Part, vendor and product, the key advisories are indexed by; null when any is ANY or has wildcards.</summary>
    public string? ProductKey => _values.Take(3).Any(HasWildcard) ? null : $"{Part}:{Vendor}:{Product}";

    public static Cpe? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        string[]? values = null;
        if (trimmed.StartsWith("cpe:2.3:", StringComparison.OrdinalIgnoreCase))
        {
            var parts = SplitFormatted(trimmed["cpe:2.3:".Length..]);
            values = parts.Count == Attributes ? [.. parts] : null;
        }
        else if (trimmed.StartsWith("cpe:/", StringComparison.OrdinalIgnoreCase))
        {
            var parts = trimmed["cpe:/".Length..].Split(':');
            if (parts.Length <= 7)
            {
                values = [.. Enumerable.Range(0, Attributes).Select(i => i < parts.Length && parts[i].Length > 0 ? Uri.UnescapeDataString(parts[i]) : Any)];
            }
        }

        return values is null || values[0] is not ("a" or "h" or "o" or Any) ? null : new Cpe(trimmed, [.. values.Select(v => v.ToLowerInvariant())]);
    }

    /// <summary>Compares this CPE, named by an advisory, with an asset's.</summary>
    public CpeComparison Compare(Cpe asset, bool ignoreVersion)
    {
        var possible = false;
        for (var i = 0; i < Attributes; i++)
        {
            if (ignoreVersion && i == 3)
            {
                continue;
            }

            var source = _values[i];
            var target = asset._values[i];
            if (source == Any || source == target || (HasWildcard(source) && target != Any && Glob(source, target)))
            {
                continue;
            }

            // The asset says less than the advisory: the product itself (part, vendor, product) must be named.
            if (target == Any && i >= 3)
            {
                possible = true;
                continue;
            }

            return CpeComparison.Different;
        }

        return possible ? CpeComparison.Possible : CpeComparison.Match;
    }

    private static bool HasWildcard(string value) => value == Any || value.Contains('*', StringComparison.Ordinal) || value.Contains('?', StringComparison.Ordinal);

    /// <summary>CPE 2.3 wildcards: <c>*</c> any run of characters, <c>?</c> one character.</summary>
    private static bool Glob(string pattern, string value)
    {
        if (pattern.Length == 0)
        {
            return value.Length == 0;
        }

        return pattern[0] switch
        {
            '*' => Enumerable.Range(0, value.Length + 1).Any(i => Glob(pattern[1..], value[i..])),
            '?' => value.Length > 0 && Glob(pattern[1..], value[1..]),
            _ => value.Length > 0 && pattern[0] == value[0] && Glob(pattern[1..], value[1..]),
        };
    }

    /// <summary>Splits at unescaped colons and removes the escapes; a quoted "\*" or "\?" is kept as U+FFFD, which no wildcard test takes for a wildcard.</summary>
    private static List<string> SplitFormatted(string text)
    {
        var values = new List<string>();
        var value = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                value.Append(text[i] is '*' or '?' ? '\uFFFD' : text[i]);
            }
            else if (text[i] == ':')
            {
                values.Add(value.ToString());
                value.Clear();
            }
            else
            {
                value.Append(text[i]);
            }
        }

        values.Add(value.ToString());
        return values;
    }
}
