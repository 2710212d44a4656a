using FactoryCps.Catalog;
using FactoryCps.Catalog.Loading;
using FactoryCps.Guideline;

namespace FactoryCps.Tests.Catalog;

/// <summary>The catalogue says what the METI extension says: checked against the seed text itself.</summary>
public sealed class SeedFidelityTests
{
    private static readonly GuidelineCatalog Catalog = CatalogLoader.Default;
    private static readonly SeedDocument Seed = SeedDocument.Load();

    [Fact]
    public void The_nine_smart_factory_threats_follow_the_table_with_category_and_groups()
    {
        var rows = Seed.TableAfter("スマート化の想定脅威に対応するセキュリティ対策例");
        var expected = new List<(string Category, string Title, List<string> Groups)>();
        foreach (var row in rows)
        {
            var group = Catalog.CountermeasureGroups.Single(g => row[4].Contains(g.Title.Ja, StringComparison.Ordinal)).Id;
            if (row[0].Length == 0)
            {
                // A continuation row: the same threat mapped to one more group.
                expected[^1].Groups.Add(group);
                continue;
            }

            var category = row[1].Length > 0 ? row[1] : expected[^1].Category;
            expected.Add((category, row[2], [group]));
        }

        var smart = Catalog.Threats.Where(t => t.SmartFactory).ToList();
        Assert.Equal(9, expected.Count);
        Assert.Equal([.. Enumerable.Range(1, 9).Select(i => $"sf-{i:00}")], smart.Select(t => t.Id));
        for (var i = 0; i < 9; i++)
        {
            var threat = smart[i];
            Assert.Equal(expected[i].Title, threat.Title.Ja);
            Assert.Equal(expected[i].Category, Catalog.ThreatCategories.Single(c => c.Id == threat.Category).Title.Ja);
            Assert.Equal(expected[i].Groups, threat.CountermeasureGroups);
        }
    }

    [Fact]
    public void The_six_threat_categories_are_the_tables_categories()
    {
        var categories = Seed.TableAfter("スマート化の想定脅威に対応するセキュリティ対策例")
            .Select(r => r[1]).Where(c => c.Length > 0).Distinct().ToList();

        Assert.Equal(6, categories.Count);
        Assert.Equal(categories, Catalog.ThreatCategories.Select(c => c.Title.Ja));
    }

    [Theory]
    [InlineData("cloud", "クラウド利用時の留意事項", 12)]
    [InlineData("product", "汎用品利用時の留意事項", 13)]
    [InlineData("software", "ソフトウェア利用時の留意事項", 19)]
    public void Supply_chain_items_are_the_seeds_items_by_phase_in_order(string category, string table, int count)
    {
        var phases = new Dictionary<string, string>
        {
            ["調達"] = "procurement",
            ["契約"] = "contract",
            ["開発"] = "development",
            ["運用・保守"] = "operation",
        };
        var expected = Seed.TableAfter(table)
            .SelectMany(row => SeedDocument.ListItems(row[1]).Select(text => (Phase: phases[row[0]], Text: text)))
            .ToList();

        var actual = Catalog.SupplyChain.Where(i => i.Category == category && i.Confidence == Confidence.Seed).Select(i => (i.Phase, Text: i.Text.Ja)).ToList();

        Assert.Equal(count, expected.Count);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void There_are_44_supply_chain_items_from_the_seed_asked_unconditionally()
    {
        var seed = Catalog.SupplyChain.Where(i => i.Source == "ext:3.3").ToList();
        Assert.Equal(44, seed.Count);
        Assert.All(seed, i => Assert.Equal(Confidence.Seed, i.Confidence));
        Assert.All(seed, i => Assert.Null(i.When));
    }

    [Theory]
    [InlineData("preventive", "サイバー攻撃の早期認識と対処における役割分担例（予防保全段階）")]
    [InlineData("damage", "サイバー攻撃の早期認識と対処における役割分担例（被害発生段階）")]
    public void Ooda_tables_are_the_seeds_tables(string stage, string table)
    {
        var rows = Seed.TableAfter(table);
        var entries = Catalog.Ooda.Where(e => e.Stage == stage).ToList();

        Assert.Equal(["observe", "orient", "decide", "act"], entries.Select(e => e.Phase));
        Assert.Equal(4, rows.Count);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(rows[i][1].Trim(), entries[i].Department.Text.Ja);
            Assert.Equal(SeedDocument.ListItems(rows[i][2]), entries[i].DecisionMakers.Select(d => d.Text.Ja));
            Assert.Equal(SeedDocument.ListItems(rows[i][3]), entries[i].Actions.Select(a => a.Ja));
        }
    }

    [Fact]
    public void Management_decides_in_both_stages_and_the_vendor_observes_before_damage()
    {
        Assert.Equal("vendor", Catalog.Ooda.Single(e => e.Stage == "preventive" && e.Phase == "observe").Department.Role);
        Assert.All(Catalog.Ooda.Where(e => e.Phase == "decide"), e => Assert.Contains(e.DecisionMakers, d => d.Role == "management"));
    }

    [Fact]
    public void Steps_are_the_guidelines_steps_in_order()
    {
        Assert.Equal(["1-1", "1-2", "1-3", "1-4", "1-5", "1-6", "1-7", "2-1", "2-2", "3"], Catalog.Steps.Select(s => s.Id));
    }

    [Fact]
    public void Step_titles_and_seed_texts_appear_in_the_seed()
    {
        var seed = Normalize(File.ReadAllText(TestPaths.SeedFile));
        foreach (var step in Catalog.Steps.Where(s => s.Confidence == Confidence.Seed))
        {
            Assert.Contains(Normalize(step.Title.Ja), seed, StringComparison.Ordinal);
        }

        foreach (var point in Catalog.Steps.SelectMany(s => s.AllPoints()).Where(p => p.Confidence == Confidence.Seed))
        {
            Assert.Contains(Normalize(point.Title.Ja), seed, StringComparison.Ordinal);
            if (point.Description is not null)
            {
                Assert.Contains(Normalize(point.Description.Ja), seed, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Step_1_1_has_the_three_groups_of_points_the_seed_lists()
    {
        var step = Catalog.Steps.Single(s => s.Id == "1-1");

        Assert.Equal(["経営目標等の整理", "外部要件の整理", "内部要件／状況の整理"], step.Points.Select(p => p.Title.Ja));
        Assert.Equal(["工場をスマート化する目的の設定", "事業継続計画（BCP）の再確認"], step.Points[0].Points.Select(p => p.Title.Ja));
        Assert.Equal(Confidence.Seed, step.MainActionConfidence);
        Assert.All(Catalog.Steps.Where(s => s.Id != "1-1"), s => Assert.Equal(Confidence.Derived, s.MainActionConfidence));
    }

    private static string Normalize(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c)).Select(c => c switch { '(' => '（', ')' => '）', _ => c }).ToArray());
}
