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
        var found = new List<string>();
        foreach (var text in texts)
        {
            foreach (var entry in entries)
            {
                var (variants, comparison, term) = text.Language == "ja"
                    ? (entry.RejectsJa, StringComparison.Ordinal, entry.Term.Ja)
                    : (entry.RejectsEn, StringComparison.OrdinalIgnoreCase, entry.Term.En);
                found.AddRange(variants
                    .Where(v => text.Text.Contains(v, comparison))
                    .Select(v => $"{text.File}: {text.Key} uses {v} (glossary: {entry.Id}, {term})"));
            }
        }

        return found;
    }
}
