using System.Text;

namespace FactoryCps.Matching;

/// <summary>
/// A product name reduced for comparison. Case, full-width letters, spacing and punctuation inside names do not
/// count ("S7-1500" = "S7 1500" = "ｓ７－１５００"), nor does the vendor's name repeated in front ("Mitsubishi Electric
/// QJ71E71-100"). <see cref="Key"/> is the whole name so reduced; <see cref="LooseKey"/> also sets aside what
/// qualifies a name without changing the product: parenthesised order numbers and notes, words such as
/// "series" or "firmware", and version suffixes ("RUGGEDCOM RSG920P V4.X"). Parenthesised order numbers
/// ("(6ES7518-4AX00-1AB0)") are kept as <see cref="ModelNumbers"/>.
/// </summary>
internal sealed class ProductName
{
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        "series", "firmware", "software", "fw", "sw", "family", "product", "products", "the", "all", "models", "model", "device", "devices",
    };

    private ProductName(string key, string looseKey, IReadOnlyList<string> looseTokens, IReadOnlyList<string> modelNumbers)
    {
        Key = key;
        LooseKey = looseKey;
        LooseTokens = looseTokens;
        ModelNumbers = modelNumbers;
    }

    public string Key { get; }

    public string LooseKey { get; }

    /// <summary>The words of <see cref="LooseKey"/>, without repeats, for resemblance.</summary>
    public IReadOnlyList<string> LooseTokens { get; }

    public IReadOnlyList<string> ModelNumbers { get; }

    /// <summary>Reduces <paramref name="name"/>; <paramref name="vendors"/> are vendor names that may be repeated in front of it.</summary>
    public static ProductName? Parse(string? name, IEnumerable<string> vendors)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var tokens = Tokenize(name);
        foreach (var vendor in vendors)
        {
            var prefix = Tokenize(vendor);
            if (prefix.Count > 0 && prefix.Count < tokens.Count && StartsWith(tokens, prefix))
            {
                tokens.RemoveRange(0, prefix.Count);
                break;
            }
        }

        if (tokens.Count == 0)
        {
            return null;
        }

        var key = string.Concat(tokens.Select(t => t.Text));
        var loose = tokens.Where((t, i) => !t.InParentheses && !Qualifiers.Contains(t.Text) && !(i > 0 && IsVersionSuffix(t.Text)))
            .Select(t => t.Text).Distinct(StringComparer.Ordinal).ToList();
        if (loose.Count == 0)
        {
            loose = [.. tokens.Select(t => t.Text).Distinct(StringComparer.Ordinal)];
        }

        var models = tokens.Where(t => t.InParentheses && IsModelNumber(t.Text)).Select(t => t.Text).ToList();
        return new ProductName(key, string.Concat(loose), loose, models);
    }

    /// <summary>A model or order number reduced like names are ("6ES7 518-4AX00-1AB0" → "6es75184ax001ab0").</summary>
    public static string ModelKey(string modelNumber) => string.Concat(Tokenize(modelNumber).Select(t => t.Text));

    private static bool StartsWith(List<(string Text, bool InParentheses)> tokens, List<(string Text, bool InParentheses)> prefix)
    {
        for (var i = 0; i < prefix.Count; i++)
        {
            if (tokens[i].Text != prefix[i].Text)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"v4x", "v90", "v3": a version written into the name.</summary>
    private static bool IsVersionSuffix(string token) =>
        token.Length >= 2 && token[0] == 'v' && char.IsAsciiDigit(token[1]) && token.Skip(2).All(c => char.IsAsciiDigit(c) || c == 'x');

    private static bool IsModelNumber(string token) => token.Length >= 6 && token.Any(char.IsAsciiDigit) && token.Any(char.IsLetter);

    /// <summary>
    /// Words of the name, lower case and compatibility-folded. Hyphens, slashes, dots and similar marks inside a
    /// word join it ("S7-1500" → "s71500", "PN/DP" → "pndp"); between words they separate.
    /// </summary>
    private static List<(string Text, bool InParentheses)> Tokenize(string name)
    {
        var tokens = new List<(string, bool)>();
        var word = new StringBuilder();
        var depth = 0;
        void Flush()
        {
            if (word.Length > 0)
            {
                tokens.Add((word.ToString(), depth > 0));
                word.Clear();
            }
        }

        foreach (var c in name.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (c is '(' or '[')
            {
                Flush();
                depth++;
            }
            else if (c is ')' or ']')
            {
                Flush();
                depth = Math.Max(0, depth - 1);
            }
            else if (c is not ('-' or '/' or '.' or '_' or '+' or '\'' or '‐' or '－') || word.Length == 0)
            {
                Flush();
            }
        }

        Flush();
        return tokens;
    }
}
