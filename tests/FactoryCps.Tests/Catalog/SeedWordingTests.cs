using System.Text;
using System.Text.Json.Nodes;
using FactoryCps.Catalog;
using FactoryCps.Catalog.Loading;

namespace FactoryCps.Tests.Catalog;

/// <summary>
/// <c>confidence: seed</c> is a promise that the text is METI's own wording, so every Japanese text of a seed item
/// must occur in the seed document itself. Walks the catalogue's JSON contract (every section, every reader's
/// output) rather than the YAML, so a text a reader adds or renames cannot slip past.
/// </summary>
public sealed class SeedWordingTests
{
    // A nested item with its own mark is checked on its own; a note is our remark about the item, never METI's.
    private static readonly HashSet<string> NotWording = ["note"];

    [Fact]
    public void Every_text_marked_seed_is_the_seeds_own_wording()
    {
        var missing = NotSeedWording(CatalogLoader.Default);

        Assert.True(missing.Count == 0, "Texts marked seed that the seed does not contain:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void A_text_with_its_own_seed_mark_is_checked_and_its_derived_neighbour_is_not()
    {
        // The item is derived; only the title claims to be the seed's, so only the title must be found there.
        const string Overlay = """
            catalog: 1
            countermeasures:
              - id: x-own-mark
                group: network
                title: { ja: 脆弱性報告の受付窓口, en: a, confidence: seed }
                description: { ja: 私たちの説明である。, en: ours }
                threats: [sf-01]
                fr: [FR5]
                minLevel: 1
                question: { ja: 私たちの問いか, en: ours }
                source: factorycps
                confidence: derived
              - id: x-false-mark
                group: network
                title: { ja: 私たちが考えた題名, en: b, confidence: seed, source: ext:3.3 }
                description: { ja: 私たちの説明である。, en: ours }
                threats: [sf-01]
                fr: [FR5]
                minLevel: 1
                question: { ja: 私たちの問いか, en: ours }
                source: factorycps
                confidence: derived
            """;
        var load = CatalogLoader.LoadWithOverlayText("overlay.yaml", Overlay);
        Assert.True(load.Succeeded, string.Join('\n', load.Diagnostics));

        var missing = NotSeedWording(load.Catalog!);

        Assert.Equal(["countermeasures/x-false-mark title: 私たちが考えた題名"], missing);
    }

    private static List<string> NotSeedWording(GuidelineCatalog catalog)
    {
        var seed = Normalize(File.ReadAllText(TestPaths.SeedFile));
        var missing = new List<string>();
        foreach (var section in CatalogJson.Sections)
        {
            foreach (var item in CatalogJson.Section(catalog, section).OfType<JsonObject>())
            {
                CheckItem(section, item, seed, missing);
            }
        }

        return missing;
    }

    [Fact]
    public void A_text_joining_seed_sentences_is_seed_wording_but_a_changed_word_is_not()
    {
        var seed = Normalize("前の文。経営目標を整理する。\n- 見出し\nBCPを再確認する。");

        Assert.True(IsSeedWording("経営目標を整理する。BCPを再確認する。", seed));
        Assert.False(IsSeedWording("経営目標を整理する。BCPを見直す。", seed));
    }

    [Theory]
    [InlineData("事業継続計画（BCP）", "事業継続計画(BCP)")]
    [InlineData("設備ベンダ\n の 過失", "設備ベンダの過失")]
    [InlineData("ＩＴ：ＯＴ", "IT:OT")]
    public void Normalising_folds_width_and_drops_whitespace(string text, string expected) =>
        Assert.Equal(Normalize(expected), Normalize(text));

    private static void CheckItem(string path, JsonObject item, string seed, List<string> missing)
    {
        var id = item["id"]?.GetValue<string>() ?? "?";
        var itemIsSeed = item["confidence"]?.GetValue<string>() == "seed";
        foreach (var (key, value) in item)
        {
            if (value is null || NotWording.Contains(key) || key.EndsWith("Provenance", StringComparison.Ordinal))
            {
                continue;
            }

            // A text with its own mark (titleProvenance beside title) is judged by it, any other by the item's.
            var isSeed = item[key + "Provenance"] is JsonObject own ? own["confidence"]?.GetValue<string>() == "seed" : itemIsSeed;
            CheckValue($"{path}/{id}", key, value, isSeed, seed, missing);
        }
    }

    private static void CheckValue(string itemPath, string field, JsonNode value, bool isSeed, string seed, List<string> missing)
    {
        switch (value)
        {
            case JsonObject nested when nested.ContainsKey("confidence"):
                CheckItem($"{itemPath}/{field}", nested, seed, missing);
                break;
            case JsonObject text when text.Count == 2 && text["ja"] is JsonValue ja && text["en"] is JsonValue:
                if (isSeed && !IsSeedWording(ja.GetValue<string>(), seed))
                {
                    missing.Add($"{itemPath} {field}: {ja.GetValue<string>()}");
                }

                break;
            case JsonObject other:
                foreach (var (key, child) in other)
                {
                    if (child is not null && !NotWording.Contains(key))
                    {
                        CheckValue(itemPath, $"{field}.{key}", child, isSeed, seed, missing);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } child)
                    {
                        CheckValue(itemPath, $"{field}[{i}]", child, isSeed, seed, missing);
                    }
                }

                break;
        }
    }

    /// <summary>
    /// A text of several sentences may join sentences the seed writes apart (a step's smart-factory point gathers
    /// the sentences of its bullets), so each sentence, up to its 。, must occur in the seed on its own.
    /// </summary>
    private static bool IsSeedWording(string text, string seed) =>
        text.Split('。', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .All(sentence => seed.Contains(Normalize(sentence), StringComparison.Ordinal));

    /// <summary>
    /// What is normalised: all whitespace is dropped (the seed breaks lines and pads list cells with spaces), and
    /// Unicode NFKC folds full- and half-width forms (（）：／ＡＢ１ and half-width katakana) to one form. Nothing
    /// else: punctuation such as 、。・ and the choice of words must match.
    /// </summary>
    private static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
