using FactoryCps.Documents;
using FactoryCps.Guideline;
using FactoryCps.Localization;
using FactoryCps.Resources;

namespace FactoryCps.Tests.Procurement;

/// <summary>
/// Whose words a specification shows (issue 15): under the guideline's Step 3 heading only the seed's own items;
/// FactoryCPS's summaries of standards and laws in a section of their own that says so.
/// </summary>
public sealed class SpecificationWordingTests
{
    [Theory]
    [InlineData("camera-line2", Language.Ja)]
    [InlineData("camera-line2", Language.En)]
    [InlineData("vision-sw", Language.Ja)]
    [InlineData("vision-sw", Language.En)]
    public void Derived_check_items_stand_apart_from_the_guidelines_step_3_items(string id, Language language)
    {
        var document = ProcurementFixture.Build(id, language);
        var guideline = RowIds(document, nameof(ProcurementText.SectionCheckItems));
        var added = RowIds(document, nameof(ProcurementText.SectionAddedCheckItems));
        var catalogue = ProcurementFixture.Catalog.SupplyChain.ToDictionary(i => i.Id, StringComparer.Ordinal);

        Assert.NotEmpty(guideline);
        Assert.All(guideline, i => Assert.Equal(Confidence.Seed, catalogue[i].Confidence));
        Assert.NotEmpty(added);
        Assert.All(added, i => Assert.NotEqual(Confidence.Seed, catalogue[i].Confidence));
        Assert.Empty(guideline.Intersect(added));
        Assert.Contains(ProcurementFixture.Catalog.SupplyChain, i => i.Source == "iec-62443-4-2" && added.Contains(i.Id));

        var heading = document.Sections.Single(s => s.Key == nameof(ProcurementText.SectionAddedCheckItems)).Heading;
        Assert.Contains(language == Language.Ja ? "FactoryCPS による追加" : "added by FactoryCPS", heading, StringComparison.Ordinal);
    }

    [Fact]
    public void A_category_without_derived_items_says_so_in_the_added_section()
    {
        var document = ProcurementFixture.Build("analytics-cloud", Language.En);
        var catalogue = ProcurementFixture.Catalog.SupplyChain;
        var section = document.Sections.Single(s => s.Key == nameof(ProcurementText.SectionAddedCheckItems));
        var hasDerived = catalogue.Any(i => i.Category == "cloud" && i.Phase is "procurement" or "contract" && i.Confidence != Confidence.Seed);

        Assert.Equal(hasDerived, section.Blocks.OfType<Table>().Any());
    }

    [Theory]
    [InlineData(Language.Ja, "役割分担例")]
    [InlineData(Language.En, "example role split")]
    public void The_vendors_ooda_roles_are_the_guidelines_example_not_its_requirement(Language language, string wording)
    {
        var incident = ProcurementFixture.Build("camera-line2", language).Sections.Single(s => s.Key == nameof(ProcurementText.SectionIncident));
        var intro = incident.Blocks.OfType<Paragraph>().Single(p => p.Text.Contains(wording, StringComparison.Ordinal)).Text;

        Assert.DoesNotContain("求められる", intro, StringComparison.Ordinal);
        Assert.DoesNotContain("expect", intro, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ooda_intro_quotes_the_title_the_seed_gives_its_role_table()
    {
        var seed = string.Concat(Directory.GetFiles(Path.Combine(TestPaths.Shared, "seed"), "*.txt").Select(File.ReadAllText));

        Assert.Contains("サイバー攻撃の早期認識と対処における役割分担例", seed, StringComparison.Ordinal);
        Assert.Contains("「サイバー攻撃の早期認識と対処における役割分担例」", ProcurementFixture.Text(nameof(ProcurementText.IncidentOodaIntro), Language.Ja), StringComparison.Ordinal);
    }

    private static List<string> RowIds(TextDocument document, string key) =>
        [.. document.Sections.Single(s => s.Key == key).Blocks.OfType<Table>().SelectMany(t => t.Rows).Select(r => r[0])];
}
