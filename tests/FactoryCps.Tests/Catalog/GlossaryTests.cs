using System.Text.Json.Nodes;
using System.Xml.Linq;
using FactoryCps.Catalog;
using FactoryCps.Catalog.Loading;
using FactoryCps.Guideline;

namespace FactoryCps.Tests.Catalog;

/// <summary>One vocabulary: the glossary's terms, their provenance, and no rejected variant in resources or the catalogue.</summary>
public sealed class GlossaryTests
{
    private static readonly GuidelineCatalog Catalog = CatalogLoader.Default;

    [Theory]
    [InlineData("ooda-observe", "監視", "観察")]
    [InlineData("ooda-observe", "監視", "状況把握")]
    [InlineData("ooda-orient", "分析", "状況判断")]
    [InlineData("vendor", "ベンダ", "ベンダー")]
    [InlineData("sign-in", "ログイン", "サインイン")]
    [InlineData("evidence", "証跡", "エビデンス")]
    [InlineData("case", "案件", "ケース")]
    [InlineData("category", "区分", "カテゴリ")]
    [InlineData("supplied-item", "供給品", "供給物")]
    public void The_glossary_chooses_one_word_and_rejects_the_other(string id, string term, string variant)
    {
        var entry = Catalog.Glossary.Single(g => g.Id == id);
        Assert.Equal(term, entry.Term.Ja);
        Assert.Contains(variant, entry.RejectsJa);
    }

    [Theory]
    [InlineData("smart-factory", "Making the plant smart", "smart-ification")]
    [InlineData("sign-in", "Sign in", "Login")]
    [InlineData("sign-in", "Sign in", "Log in")]
    public void The_glossary_chooses_one_english_word_and_rejects_the_other(string id, string term, string variant)
    {
        var entry = Catalog.Glossary.Single(g => g.Id == id);
        Assert.Equal(term, entry.Term.En);
        Assert.Contains(variant, entry.RejectsEn);
    }

    [Fact]
    public void Stage_and_phase_are_different_words()
    {
        Assert.Equal("段階", Catalog.Glossary.Single(g => g.Id == "stage").Term.Ja);
        Assert.Equal("フェーズ", Catalog.Glossary.Single(g => g.Id == "phase").Term.Ja);
    }

    [Fact]
    public void A_term_marked_seed_is_written_so_in_the_seed()
    {
        var seed = File.ReadAllText(TestPaths.SeedFile);
        var missing = Catalog.Glossary.Where(g => g.TermConfidence == Confidence.Seed && !seed.Contains(g.Term.Ja, StringComparison.Ordinal)).Select(g => g.Id);
        Assert.Empty(missing);
        Assert.Contains(Catalog.Glossary, g => g.TermConfidence == Confidence.Seed);
    }

    [Fact]
    public void Every_entry_has_a_reading_and_a_definition_in_both_languages()
    {
        Assert.All(Catalog.Glossary, g =>
        {
            Assert.False(string.IsNullOrWhiteSpace(g.Reading));
            Assert.False(string.IsNullOrWhiteSpace(g.Definition.Ja));
            Assert.False(string.IsNullOrWhiteSpace(g.Definition.En));
        });
    }

    [Fact]
    public void No_resource_file_uses_a_rejected_variant()
    {
        var texts = AllResourceTexts().ToList();
        Assert.Contains(texts, t => t.Language == "en");
        var found = RejectedVariants.Find(Catalog.Glossary, texts);
        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    [Fact]
    public void No_catalogue_text_uses_a_rejected_variant()
    {
        // The glossary itself names the variants it rejects in its notes, so it is left out here.
        var texts = CatalogTexts(s => s != "glossary");
        var found = RejectedVariants.Find(Catalog.Glossary, texts);
        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    [Fact]
    public void No_english_resource_or_catalogue_text_uses_a_british_spelling()
    {
        var found = BritishSpellings.Find(AllResourceTexts().Concat(CatalogTexts(_ => true)));
        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    [Fact]
    public void The_english_check_finds_a_planted_variant_as_a_word_in_any_case()
    {
        UsedText[] texts =
        [
            new("WebText.resx", "PortalLoginName", "en", "Login name"),
            new("catalog steps", "1-1.description", "en", "Smart-ification widens the system."),
            new("WebText.resx", "PortalHint", "en", "Sign in at /portal/login with your sign-in name."),
            new("WebText.ja.resx", "PortalLoginName", "ja", "Login 名"),
        ];

        var found = RejectedVariants.Find(Catalog.Glossary, texts);

        Assert.Equal(
            [
                "WebText.resx: PortalLoginName uses Login (glossary: sign-in, Sign in)",
                "catalog steps: 1-1.description uses smart-ification (glossary: smart-factory, Making the plant smart)",
            ],
            found);
    }

    [Theory]
    [InlineData("The organisation's own item", "organisation")]
    [InlineData("Licences that need a check", "Licences")]
    [InlineData("Show a section of the guideline catalogue.", "catalogue")]
    [InlineData("Realise the PDCA cycle", "Realise")]
    [InlineData("Zone colour: importance", "colour")]
    [InlineData("machining centres and moulding machines", "centres")]
    public void The_spelling_check_finds_a_planted_british_spelling(string text, string british)
    {
        var found = BritishSpellings.Find([new UsedText("CliText.resx", "Planted", "en", text), new UsedText("CliText.ja.resx", "Planted", "ja", text)]);

        Assert.Equal($"CliText.resx: Planted uses the British spelling {british}", found.First());
        Assert.DoesNotContain(found, f => f.Contains(".ja.resx", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Exercise the plan before an enterprise-wide compromise; otherwise raise it.")]
    [InlineData("Organize the licenses in the catalog; analyze the center's behavior.")]
    public void The_spelling_check_leaves_american_and_unrelated_words(string text) =>
        Assert.Empty(BritishSpellings.Find([new UsedText("CliText.resx", "Fine", "en", text)]));

    [Fact]
    public void The_check_names_file_key_and_variant()
    {
        UsedText[] texts =
        [
            new("Web.ja.resx", "Vendor", "ja", "設備ベンダーの連絡"),
            new("Web.ja.resx", "Fine", "ja", "設備ベンダの連絡"),
            new("Web.resx", "Vendor", "en", "ベンダー in English is not checked against Japanese variants"),
        ];

        var found = RejectedVariants.Find(Catalog.Glossary, texts);

        Assert.Equal(["Web.ja.resx: Vendor uses ベンダー (glossary: vendor, ベンダ)"], found);
    }

    [Fact]
    public void The_loader_refuses_a_variant_that_is_part_of_a_term()
    {
        const string overlay = """
            catalog: 1
            glossary:
              - id: bad
                term: { ja: 工場, en: Plant }
                reading: こうじょう
                termConfidence: derived
                definition: { ja: 工場。, en: The plant. }
                rejects: { ja: [ゾーン], en: [] }
                source: factorycps
                confidence: derived
            """;

        var result = CatalogLoader.LoadWithOverlayText("overlay.yaml", overlay);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Message.Key == "GlossaryRejectsTerm");
    }

    private static IEnumerable<UsedText> AllResourceTexts() =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "src"), "*.resx", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "Resources")
            .SelectMany(ResourceTexts);

    private static IEnumerable<UsedText> CatalogTexts(Func<string, bool> section) =>
        CatalogJson.Sections.Where(section).SelectMany(s => CatalogTexts(CatalogJson.Section(Catalog, s), "catalog " + s, ""));

    private static IEnumerable<UsedText> ResourceTexts(string file)
    {
        var language = file.EndsWith(".ja.resx", StringComparison.Ordinal) ? "ja" : "en";
        var name = Path.GetRelativePath(TestPaths.RepositoryRoot, file);
        return XDocument.Load(file).Root!.Elements("data")
            .Where(d => d.Attribute("type") is null)
            .Select(d => new UsedText(name, (string)d.Attribute("name")!, language, (string?)d.Element("value") ?? ""));
    }

    /// <summary>Every {ja, en} text of a section's JSON, keyed by the item's id and the field's path.</summary>
    private static IEnumerable<UsedText> CatalogTexts(JsonNode? node, string section, string key) => node switch
    {
        JsonObject o when o["ja"] is JsonValue ja && o["en"] is JsonValue en =>
            [new UsedText(section, key, "ja", ja.ToString()), new UsedText(section, key, "en", en.ToString())],
        JsonObject o => o.SelectMany(p => CatalogTexts(p.Value, section, o["id"] is JsonValue id ? $"{id}.{p.Key}" : $"{key}.{p.Key}")),
        JsonArray a => a.SelectMany(n => CatalogTexts(n, section, key)),
        _ => [],
    };
}
