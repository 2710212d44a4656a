using System.Collections;
using System.Reflection;
using FactoryCps.Catalog;
using FactoryCps.Catalog.Loading;
using FactoryCps.Countermeasures;
using FactoryCps.Guideline;
using FactoryCps.Localization;

namespace FactoryCps.Tests.Catalog;

public sealed class CatalogIntegrityTests
{
    private static readonly GuidelineCatalog Catalog = CatalogLoader.Default;

    [Fact]
    public void The_built_in_catalogue_loads_without_errors_or_warnings()
    {
        var result = CatalogLoader.Load([]);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Ids_are_unique_in_every_section()
    {
        AssertUnique(Catalog.Steps.Select(s => s.Id));
        AssertUnique(Catalog.Steps.SelectMany(s => s.AllPoints()).Select(p => p.Id));
        AssertUnique(Catalog.ThreatCategories.Select(c => c.Id));
        AssertUnique(Catalog.Threats.Select(t => t.Id));
        AssertUnique(Catalog.CountermeasureGroups.Select(g => g.Id));
        AssertUnique(Catalog.Countermeasures.Select(c => c.Id));
        AssertUnique(Catalog.Rules.Select(r => r.Id));
        AssertUnique(Catalog.ZoneTemplates.Select(z => z.Id));
        AssertUnique(Catalog.Requirements.Select(r => r.Id));
        AssertUnique(Catalog.SupplyChain.Select(s => s.Id));
        AssertUnique(Catalog.Checklist.Select(c => c.Id));
        AssertUnique(Catalog.Ooda.Select(o => o.Stage + "/" + o.Phase));
    }

    [Fact]
    public void Every_text_has_japanese_and_english()
    {
        var texts = AllTexts().ToList();

        Assert.True(texts.Count > 500, $"only {texts.Count} texts found: the walk over the catalogue is broken");
        Assert.All(texts, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Text.Ja), t.Where);
            Assert.False(string.IsNullOrWhiteSpace(t.Text.En), t.Where);
            // Japanese must be Japanese: an untranslated English copy is caught here.
            Assert.True(t.Text.Ja.Any(IsJapanese) || t.Text.Ja == t.Text.En, $"{t.Where}: '{t.Text.Ja}'");
            // English notes may quote the Japanese original they comment on.
            Assert.True(t.Where.EndsWith(".Note", StringComparison.Ordinal) || !t.Text.En.Any(IsJapanese), $"{t.Where}: '{t.Text.En}'");
        });
    }

    [Fact]
    public void The_countermeasure_groups_are_the_five_of_the_guideline()
    {
        Assert.Equal(["network", "device", "program-service", "physical", "operation"], Catalog.CountermeasureGroups.Select(g => g.Id));
        Assert.Equal(
            ["ネットワークにおける対策", "機器における対策", "業務プログラム・利用サービスにおける対策"],
            Catalog.CountermeasureGroups.Where(g => g.Aspect == Aspect.System).Select(g => g.Title.Ja));
    }

    [Fact]
    public void There_are_at_least_50_countermeasures_spread_over_every_group()
    {
        Assert.True(Catalog.Countermeasures.Count >= 50, $"{Catalog.Countermeasures.Count} countermeasures");
        Assert.All(Catalog.CountermeasureGroups, g => Assert.True(Catalog.Countermeasures.Count(c => c.Group == g.Id) >= 5, g.Id));
    }

    [Fact]
    public void Every_threat_has_a_countermeasure_in_each_of_its_groups()
    {
        Assert.All(Catalog.Threats, threat => Assert.All(threat.CountermeasureGroups, group =>
            Assert.Contains(Catalog.CountermeasuresFor(threat.Id), c => c.Group == group)));
    }

    [Fact]
    public void Countermeasures_name_foundational_requirements_and_a_level()
    {
        Assert.All(Catalog.Countermeasures, c =>
        {
            Assert.NotEmpty(c.FoundationalRequirements);
            Assert.InRange(c.MinLevel, 1, 4);
        });
        Assert.Equal(["FR1", "FR2", "FR3", "FR4", "FR5", "FR6", "FR7"], Catalog.Countermeasures.SelectMany(c => c.FoundationalRequirements).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ct-unauthorized-access")]
    [InlineData("ct-remote-maintenance")]
    [InlineData("ct-malware-media")]
    [InlineData("ct-unauthorized-operation")]
    [InlineData("ct-mistaken-operation")]
    [InlineData("ct-physical-intrusion")]
    [InlineData("ct-tampering")]
    [InlineData("ct-info-theft")]
    [InlineData("ct-dos")]
    public void Classic_factory_threats_are_present_and_marked_as_our_summary(string id)
    {
        var threat = Catalog.ThreatsById[id];

        Assert.False(threat.SmartFactory);
        Assert.Equal(Confidence.Derived, threat.Confidence);
    }

    [Fact]
    public void Every_threat_has_at_least_one_rule()
    {
        Assert.All(Catalog.Threats, t => Assert.Contains(Catalog.Rules, r => r.Threat == t.Id));
    }

    [Fact]
    public void Every_item_marked_seed_cites_the_guideline()
    {
        var seedItems = Catalog.Threats.Cast<CatalogItem>().Concat(Catalog.SupplyChain).Concat(Catalog.Ooda).Concat(Catalog.Steps)
            .Where(i => i.Confidence == Confidence.Seed).ToList();

        Assert.NotEmpty(seedItems);
        Assert.All(seedItems, i => Assert.Matches("^(main|ext):", i.Source));
    }

    [Theory]
    [InlineData("enterprise")]
    [InlineData("dmz")]
    [InlineData("operations")]
    [InlineData("control")]
    [InlineData("safety")]
    [InlineData("field")]
    [InlineData("remote-maintenance")]
    [InlineData("cloud-connection")]
    public void Zone_templates_include_the_classic_and_smart_zones(string id)
    {
        Assert.Contains(Catalog.ZoneTemplates, z => z.Id == id);
    }

    [Fact]
    public void Zone_templates_include_appendix_a_style_examples()
    {
        Assert.True(Catalog.ZoneTemplates.Count(z => z.Example) >= 4);
        Assert.Contains(Catalog.ZoneTemplates, z => z.Title.Ja.Contains("部品製造", StringComparison.Ordinal));
        Assert.Contains(Catalog.ZoneTemplates, z => z.Title.Ja.Contains("自動倉庫", StringComparison.Ordinal));
    }

    [Fact]
    public void The_level_mapping_follows_the_spec()
    {
        var mapping = Catalog.LevelMapping;

        Assert.Equal(new Dictionary<int, int> { [1] = 1, [2] = 2, [3] = 3 }, mapping.Base);
        Assert.Equal(4, mapping.MaxLevel);
        var raise = Assert.Single(mapping.Raises);
        Assert.Equal(1, raise.By);
        Assert.Equal("zone", raise.When.SubjectKind);
    }

    [Theory]
    [InlineData("iec-62443-2-1")]
    [InlineData("iec-62443-2-4")]
    [InlineData("iec-62443-3-2")]
    [InlineData("iec-62443-3-3")]
    [InlineData("iec-62443-4-1")]
    [InlineData("iec-62443-4-2")]
    [InlineData("nist-csf-2")]
    [InlineData("nist-sp-800-82r3")]
    [InlineData("eu-cra")]
    [InlineData("us-cyber-trust-mark")]
    [InlineData("jc-star")]
    [InlineData("semi-e187")]
    [InlineData("semi-e188")]
    [InlineData("meti-sbom-guide")]
    [InlineData("meti-cyber-management-guide")]
    [InlineData("iso-27001")]
    [InlineData("ipa-risk-guide")]
    public void The_requirements_register_holds_the_key_requirements(string id)
    {
        var requirement = Catalog.Requirements.Single(r => r.Id == id);

        Assert.NotEmpty(requirement.Obligations);
        Assert.NotEmpty(requirement.Steps);
    }

    [Theory]
    [InlineData("2024-12-10")]
    [InlineData("2026-09-11")]
    [InlineData("2027-12-11")]
    public void The_cra_register_entry_carries_its_dates(string date)
    {
        var cra = Catalog.Requirements.Single(r => r.Id == "eu-cra");

        Assert.Contains(cra.Dates, d => d.Date == DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Semiconductor_standards_are_tagged_with_their_industry()
    {
        Assert.Equal(["semiconductor"], Catalog.Requirements.Single(r => r.Id == "semi-e187").Industries);
    }

    [Fact]
    public void The_checklist_asks_one_question_per_countermeasure_and_per_leaf_step_point()
    {
        var leaves = Catalog.Steps.SelectMany(s => s.AllPoints()).Where(p => p.Points.Count == 0).ToList();

        Assert.Equal(Catalog.Countermeasures.Count, Catalog.Checklist.Count(c => c.SubjectKind == "countermeasure"));
        Assert.All(leaves, leaf => Assert.Contains(Catalog.Checklist, c => c.SubjectKind == "step" && c.Subject == leaf.Id));
        Assert.All(Catalog.Checklist.Where(c => c.SubjectKind == "countermeasure"), c => Assert.Contains(c.Step, new[] { "2-2", "3" }));
        Assert.Equal([0, 1, 2, 3, 4], Catalog.AchievementScale.Select(l => l.Value));
    }

    private static bool IsJapanese(char c) =>
        c is >= '\u3040' and <= '\u30ff' or >= '\u4e00' and <= '\u9fff' or >= '\uff00' and <= '\uffef' or >= '\u3000' and <= '\u303f';

    private static void AssertUnique(IEnumerable<string> ids)
    {
        var duplicates = ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    /// <summary>Every LocalizedText reachable from the catalogue, with where it was found.</summary>
    private static IEnumerable<(string Where, LocalizedText Text)> AllTexts()
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(string, object)>();
        foreach (var property in typeof(GuidelineCatalog).GetProperties().Where(p => p.PropertyType.IsGenericType && p.Name != "ThreatsById" && p.Name != "CountermeasuresById"))
        {
            stack.Push((property.Name, property.GetValue(Catalog)!));
        }

        stack.Push(("LevelMapping", Catalog.LevelMapping));
        while (stack.Count > 0)
        {
            var (where, value) = stack.Pop();
            if (value is LocalizedText text)
            {
                yield return (where, text);
                continue;
            }

            if (value is string || value.GetType().IsValueType || !seen.Add(value))
            {
                continue;
            }

            if (value is IEnumerable items)
            {
                var i = 0;
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        stack.Push(($"{where}[{i++}]", item is DictionaryEntry entry ? entry.Value! : item));
                    }
                }

                continue;
            }

            if (value.GetType().Namespace?.StartsWith("FactoryCps", StringComparison.Ordinal) != true)
            {
                continue;
            }

            foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                if (property.GetValue(value) is { } child)
                {
                    stack.Push(($"{where}.{property.Name}", child));
                }
            }
        }
    }
}
