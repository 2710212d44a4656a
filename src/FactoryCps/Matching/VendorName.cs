using System.Collections.Frozen;
using System.Text;

namespace FactoryCps.Matching;

/// <summary>
/// Vendor names as advisories and asset lists spell them — "Mitsubishi Electric Corporation", "MITSUBISHI
/// ELECTRIC CO., LTD.", "Schneider Electric Software, LLC", "Siemens AG" — reduced to one comparable key: case,
/// punctuation and corporate suffixes removed, then known aliases (data, not code) mapped to one name.
/// </summary>
internal static class VendorName
{
    /// <summary>Legal forms and words that do not tell vendors apart (after lower-casing and removing punctuation).</summary>
    private static readonly FrozenSet<string> Suffixes = new[]
    {
        "co", "ltd", "inc", "incorporated", "corp", "corporation", "company", "llc", "plc", "limited", "gmbh", "ag",
        "sa", "spa", "srl", "bv", "nv", "kk", "kabushiki", "kaisha", "oy", "ab", "as", "se", "pte", "pty", "group", "holdings",
        "co.", "the", "kg",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static string Normalize(string? name, IReadOnlyDictionary<string, string>? aliases = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var text = new StringBuilder(name.Length);
        // Japanese legal forms are written without spaces, before or after the name (株式会社キーエンス, 三菱電機株式会社, ㈱).
        var folded = name.Normalize(NormalizationForm.FormKC).ToLowerInvariant()
            .Replace("株式会社", " ", StringComparison.Ordinal).Replace("有限会社", " ", StringComparison.Ordinal).Replace("(株)", " ", StringComparison.Ordinal);
        foreach (var c in folded)
        {
            text.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        var words = text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && Suffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        var key = string.Join(' ', words);
        return aliases is not null && aliases.TryGetValue(key, out var canonical) ? canonical : key;
    }
}
