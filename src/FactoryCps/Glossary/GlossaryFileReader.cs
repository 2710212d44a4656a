using System.Text.RegularExpressions;
using FactoryCps.Guideline;
using FactoryCps.Yaml;

namespace FactoryCps.Glossary;

/// <summary>Reads a catalogue file's <c>glossary</c> section.</summary>
internal static partial class GlossaryFileReader
{
    public static void Read(MapReader file, List<GlossaryEntry> glossary)
    {
        foreach (var item in file.MappingItems("glossary"))
        {
            item.OnlyKeys(CatalogItemReader.With("id", "term", "reading", "termConfidence", "definition", "rejects"));
            var common = CatalogItemReader.Common(item);
            var id = item.Id();
            var term = CatalogItemReader.Text(item, "term", required: true);
            var reading = item.String("reading", required: true);
            var termConfidence = item.Enum("termConfidence", CatalogItemReader.Confidences, required: true);
            var definition = CatalogItemReader.Text(item, "definition", required: true);
            IReadOnlyList<string> rejectsJa = [];
            IReadOnlyList<string> rejectsEn = [];
            if (item.Mapping("rejects") is { } rejects)
            {
                rejects.OnlyKeys("ja", "en");
                rejectsJa = rejects.StringList("ja");
                rejectsEn = rejects.StringList("en");
            }

            if (reading is not null && !Hiragana().IsMatch(reading))
            {
                // A reading in kanji or romaji would sort and read wrongly in the Appendix A style table.
                item.Diagnostics.Error(item.LocationOf("reading"), item.PathOf("reading"), "InvalidEnum", "ひらがな", reading);
            }

            if (id is null || term is null || reading is null || termConfidence is null || definition is null)
            {
                continue;
            }

            glossary.Add(new GlossaryEntry
            {
                Id = id,
                Term = term,
                Reading = reading,
                TermConfidence = termConfidence == "seed" ? Confidence.Seed : Confidence.Derived,
                Definition = definition,
                RejectsJa = rejectsJa,
                RejectsEn = rejectsEn,
                Provenance = common with
                {
                    // termConfidence is the term's own mark, spelt before texts could carry one.
                    TextMarks = new Dictionary<string, TextMark>(common.TextMarks)
                    {
                        [TextFields.Term] = new(common.Source, termConfidence == "seed" ? Confidence.Seed : Confidence.Derived),
                    },
                },
            });
        }
    }

    [GeneratedRegex(@"^[\p{IsHiragana}ー]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Hiragana();
}
