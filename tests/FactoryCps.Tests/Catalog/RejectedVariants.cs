using System.Text.RegularExpressions;
using FactoryCps.Glossary;

namespace FactoryCps.Tests.Catalog;

/// <summary>A user-visible text and where it is written: file (or catalogue section), key, language.</summary>
internal sealed record UsedText(string File, string Key, string Language, string Text);

/// <summary>Finds the glossary's rejected variants in texts, one line per use, naming file, key and variant.</summary>
internal static class RejectedVariants
{
    public static List<string> Find(IEnumerable<GlossaryEntry> glossary, IEnumerable<UsedText> texts)
    {
        var entries = glossary.ToList();
        var english = entries.SelectMany(e => e.RejectsEn.Select(v => (Entry: e, Variant: v, Pattern: EnglishWord(v)))).ToList();
        var found = new List<string>();
        foreach (var text in texts)
        {
            if (text.Language == "ja")
            {
                // Japanese has no word boundaries: a variant is matched wherever it occurs.
                found.AddRange(entries.SelectMany(e => e.RejectsJa
                    .Where(v => text.Text.Contains(v, StringComparison.Ordinal))
                    .Select(v => Line(text, v, e, e.Term.Ja))));
            }
            else
            {
                found.AddRange(english.Where(r => r.Pattern.IsMatch(text.Text)).Select(r => Line(text, r.Variant, r.Entry, r.Entry.Term.En)));
            }
        }

        return found;
    }

    /// <summary>
    /// An English variant as a whole word in any case ("Login", "login"), not inside another word or a path: the
    /// address /portal/login is a route, not a word the user reads.
    /// </summary>
    public static Regex EnglishWord(string variant) =>
        new($@"(?<![\p{{L}}\p{{N}}_/-]){Regex.Escape(variant)}(?![\p{{L}}\p{{N}}_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static string Line(UsedText text, string variant, GlossaryEntry entry, string term) =>
        $"{text.File}: {text.Key} uses {variant} (glossary: {entry.Id}, {term})";
}
