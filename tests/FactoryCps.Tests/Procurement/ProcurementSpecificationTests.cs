using FactoryCps.Documents;
using FactoryCps.Localization;
using FactoryCps.Plans;
using FactoryCps.Procurement;
using FactoryCps.Resources;

namespace FactoryCps.Tests.Procurement;

/// <summary>What a specification is filled from: the zones, the plan, the requirements register and the supply-chain items.</summary>
public sealed class ProcurementSpecificationTests
{
    private static readonly string[] SpecifiedPhases = ["procurement", "contract"];

    /// <summary>All text of the document, unescaped, as the writers receive it.</summary>
    private static string Everything(TextDocument document) => string.Join("\n", document.Sections.SelectMany(s => s.Blocks).Select(b => b switch
    {
        SubHeading h => h.Text,
        Paragraph p => p.Text,
        ItemList l => string.Join("\n", l.Items),
        Table t => string.Join("\n", t.Rows.Select(r => string.Join(" | ", r))),
        _ => "",
    }));

    [Theory]
    [InlineData("camera-line2", "asset", "product")]
    [InlineData("vision-sw", "asset", "software")]
    [InlineData("analytics-saas", "asset", "cloud")]
    [InlineData("analytics-cloud", "external", "cloud")]
    [InlineData("vendor-remote", "external", "product")]
    public void An_item_is_found_by_id_with_its_category(string id, string type, string category)
    {
        var item = ProcurementItem.Find(ProcurementFixture.Analyze().Model, id);

        Assert.NotNull(item);
        Assert.Equal((type, category), (item.Type, item.Category));
    }

    [Theory]
    [InlineData(Language.Ja, "ゾーン「")]
    [InlineData(Language.En, "The target security level of zone “")]
    public void The_zones_level_is_explained_in_a_sentence_not_the_rule_chain(Language language, string start)
    {
        var document = ProcurementFixture.Build("camera-line2", language);

        var zones = document.Sections.SelectMany(s => s.Blocks).OfType<Table>().Single(t => t.Rows.Any(r => r[0] == "control-line2"));
        var reason = zones.Rows.Single(r => r[0] == "control-line2")[^1];
        Assert.StartsWith(start, reason, StringComparison.Ordinal);
        Assert.DoesNotContain("←", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("control-line2", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_external_touches_the_zones_its_conduits_reach_and_an_asset_its_own_zone()
    {
        var model = ProcurementFixture.Analyze().Model;

        Assert.Equal(["cloud-gw"], ProcurementItem.Find(model, "analytics-cloud")!.Zones);
        Assert.Equal(["dmz"], ProcurementItem.Find(model, "vendor-remote")!.Zones);
        Assert.Equal(["control-line2"], ProcurementItem.Find(model, "camera-line2")!.Zones);
        Assert.Null(ProcurementItem.Find(model, "control-line2"));
    }

    [Theory]
    [InlineData("camera-line2", "product")]
    [InlineData("vision-sw", "software")]
    [InlineData("analytics-cloud", "cloud")]
    public void Holds_the_catalogues_procurement_and_contract_items_of_the_category_and_no_other(string id, string category)
    {
        var text = Everything(ProcurementFixture.Build(id, Language.Ja));
        var catalogue = ProcurementFixture.Catalog.SupplyChain;

        // Items with a condition are decided by their own tests below; those without one always stand.
        var expected = catalogue.Where(i => i.Category == category && SpecifiedPhases.Contains(i.Phase) && i.When is null).ToList();
        Assert.NotEmpty(expected);
        Assert.All(expected, i => Assert.Contains(i.Id, text, StringComparison.Ordinal));
        Assert.All(expected, i => Assert.Contains(i.Text.Ja, text, StringComparison.Ordinal));
        Assert.All(catalogue.Where(i => i.Category != category || !SpecifiedPhases.Contains(i.Phase)), i => Assert.DoesNotContain(i.Id, text, StringComparison.Ordinal));
    }

    [Fact]
    public void An_item_whose_target_level_condition_the_plants_zone_does_not_reach_is_not_required()
    {
        // camera-line2 sits in control-line2 (target level 3): IEC 62443-4-2 items for level 3 apply, the level 4 one not.
        var level3 = ProcurementFixture.Catalog.SupplyChain.First(i => i.Category == "product" && i.When?.MinTargetLevel == 3);
        var level4 = ProcurementFixture.Catalog.SupplyChain.First(i => i.Category == "product" && i.When?.MinTargetLevel == 4);
        Assert.Equal(3, ProcurementFixture.Analyze().Zones.Single(z => z.Id == "control-line2").TargetLevel.Value);

        var added = AddedRows(ProcurementFixture.Build("camera-line2"));

        Assert.Contains(level3.Id, added);
        Assert.DoesNotContain(level4.Id, added);
    }

    [Fact]
    public void An_item_conditioned_on_a_requirement_appears_only_when_the_model_says_it_applies()
    {
        var cra = ProcurementFixture.Catalog.SupplyChain.First(i => i.Category == "software" && i.When?.Requirement == "eu-cra");
        const string NotApplying = "  - id: eu-cra\n    applies: false";
        var applying = ProcurementFixture.SampleText.Replace(NotApplying, "  - id: eu-cra\n    applies: true", StringComparison.Ordinal);

        Assert.DoesNotContain(cra.Id, AddedRows(ProcurementFixture.Build("vision-sw")));
        Assert.Contains(cra.Id, AddedRows(ProcurementFixture.Build("vision-sw", Language.En, applying)));
    }

    [Fact]
    public void The_specification_asks_what_the_supplier_questionnaire_asks_for_the_same_item()
    {
        // One rule for both: an item the questionnaire for the same zones leaves out, the specification leaves out too.
        var analysis = ProcurementFixture.Analyze();
        var item = ProcurementItem.Find(analysis.Model, "camera-line2")!;
        var site = FactoryCps.Suppliers.Questionnaires.SupplySite.Of(ProcurementFixture.Catalog, analysis, new("product", "procurement", item.Zones));
        var asked = ProcurementFixture.Catalog.SupplyChain.Where(i => i.Category == "product" && i.Phase is "procurement" or "contract" && site.Ask(i) is not null).Select(i => i.Id);
        var document = ProcurementFixture.Build("camera-line2");

        Assert.Equal(asked.Order(StringComparer.Ordinal), Rows(document, nameof(ProcurementText.SectionCheckItems)).Concat(AddedRows(document)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(Language.Ja, "〔要約〕")]
    [InlineData(Language.En, "[summary]")]
    public void Derived_texts_are_marked_and_the_footer_says_what_the_mark_means(Language language, string mark)
    {
        var document = ProcurementFixture.Build("camera-line2", language);
        var added = document.Sections.Single(s => s.Key == nameof(ProcurementText.SectionAddedCheckItems)).Blocks.OfType<Table>().Single();
        var guideline = document.Sections.Single(s => s.Key == nameof(ProcurementText.SectionCheckItems)).Blocks.OfType<Table>().Single();
        var countermeasures = document.Sections.Single(s => s.Key == nameof(ProcurementText.SectionSecurity)).Blocks.OfType<Table>().Single();

        Assert.All(added.Rows, r => Assert.EndsWith(mark, r[3], StringComparison.Ordinal));
        Assert.All(guideline.Rows, r => Assert.DoesNotContain(mark, r[2], StringComparison.Ordinal));
        Assert.All(countermeasures.Rows, r => Assert.EndsWith(mark, r[2], StringComparison.Ordinal));
        Assert.Contains(mark, document.Footer, StringComparison.Ordinal);
    }

    private static List<string> AddedRows(TextDocument document) => Rows(document, nameof(ProcurementText.SectionAddedCheckItems));

    private static List<string> Rows(TextDocument document, string key) =>
        [.. document.Sections.Single(s => s.Key == key).Blocks.OfType<Table>().SelectMany(t => t.Rows).Select(r => r[0])];

    [Fact]
    public void Lists_only_countermeasures_the_plan_requires_in_the_items_zone_and_of_the_groups_the_supplier_takes_part_in()
    {
        var analysis = ProcurementFixture.Analyze();
        var required = PlanBuilder.Build(analysis).Zones.Single(z => z.Zone == "control-line2").Required.Select(r => r.Id).ToHashSet();
        var document = ProcurementFixture.Build("camera-line2");

        var table = document.Sections.Single(s => s.Key == nameof(ProcurementText.SectionSecurity)).Blocks.OfType<Table>().Single();
        var listed = table.Rows.Select(r => r[0]).ToList();
        Assert.NotEmpty(listed);
        Assert.Subset(required, listed.ToHashSet());
        Assert.All(listed, id => Assert.Contains(ProcurementFixture.Catalog.CountermeasuresById[id].Group, ProcurementCategories.GroupsFor("product")));
        Assert.Contains(required, id => !listed.Contains(id)); // the plant's own physical and operational measures stay out
    }

    [Fact]
    public void Cra_obligations_appear_only_when_the_model_says_the_cra_applies()
    {
        var cra = ProcurementFixture.Catalog.Requirements.Single(r => r.Id == "eu-cra");
        var sample = ProcurementFixture.SampleText;
        const string NotApplying = "  - id: eu-cra\n    applies: false";
        Assert.Contains(NotApplying, sample, StringComparison.Ordinal);
        var applying = sample.Replace(NotApplying, "  - id: eu-cra\n    applies: true", StringComparison.Ordinal);

        var without = Everything(ProcurementFixture.Build("camera-line2", Language.En));
        var with = Everything(ProcurementFixture.Build("camera-line2", Language.En, applying));

        Assert.All(cra.Obligations, o => Assert.DoesNotContain(o.En, without, StringComparison.Ordinal));
        Assert.DoesNotContain(ProcurementFixture.Heading(nameof(ProcurementText.VulnCra), Language.En), without, StringComparison.Ordinal);
        Assert.All(cra.Obligations, o => Assert.Contains(o.En, with, StringComparison.Ordinal));
        Assert.Contains(ProcurementFixture.Heading(nameof(ProcurementText.VulnCra), Language.En), with, StringComparison.Ordinal);
        Assert.Contains(ProcurementFixture.Heading(nameof(ProcurementText.IncidentCra), Language.En), with, StringComparison.Ordinal);
    }

    [Fact]
    public void Semi_e187_is_asked_of_equipment_only_at_a_semiconductor_site()
    {
        var semi = ProcurementFixture.Catalog.Requirements.Single(r => r.Id == "semi-e187");
        var semiconductor = ProcurementFixture.SampleText.Replace("industry: automotive-parts", "industry: semiconductor", StringComparison.Ordinal);

        Assert.DoesNotContain(semi.Obligations[0].En, Everything(ProcurementFixture.Build("camera-line2")), StringComparison.Ordinal);
        Assert.Contains(semi.Obligations[0].En, Everything(ProcurementFixture.Build("camera-line2", Language.En, semiconductor)), StringComparison.Ordinal);
        Assert.DoesNotContain(semi.Obligations[0].En, Everything(ProcurementFixture.Build("analytics-cloud", Language.En, semiconductor)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_product_is_asked_for_iec_62443_4_2_a_cloud_service_is_not_and_a_requirement_marked_applies_is_stated()
    {
        var component = ProcurementFixture.Catalog.Requirements.Single(r => r.Id == "iec-62443-4-2");
        var product = ProcurementFixture.Build("camera-line2");
        var cloud = ProcurementFixture.Build("analytics-cloud");

        Assert.Contains(component.Obligations[0].En, Everything(product), StringComparison.Ordinal);
        Assert.DoesNotContain(component.Obligations[0].En, Everything(cloud), StringComparison.Ordinal);
        var marked = ProcurementFixture.Catalog.Requirements.Single(r => r.Id == "iec-62443-3-3");
        Assert.Contains(marked.Obligations[0].En, Everything(cloud), StringComparison.Ordinal);
        Assert.Contains("customer-security-clause", Everything(cloud), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sites_data_fills_the_context_support_and_licence_sections()
    {
        var software = Everything(ProcurementFixture.Build("vision-sw"));
        Assert.Contains(ProcurementFixture.Text(nameof(ProcurementText.LicenceExpires), Language.En, "2027-01-31"), software, StringComparison.Ordinal);

        var workstation = Everything(ProcurementFixture.Build("ews-line1"));
        Assert.Contains(ProcurementFixture.Text(nameof(ProcurementText.SupportWanted), Language.En, "2025-10-14"), workstation, StringComparison.Ordinal);
        Assert.Contains(ProcurementFixture.Text(nameof(ProcurementText.SupportPast), Language.En, "2025-10-14", "2026-11-28"), workstation, StringComparison.Ordinal);

        var cloud = Everything(ProcurementFixture.Build("analytics-cloud"));
        Assert.Contains("品質データ（図面番号・顧客名を含む）", cloud, StringComparison.Ordinal);
        Assert.Contains(ProcurementFixture.Heading(nameof(ProcurementText.FeedbackNote), Language.En), cloud, StringComparison.Ordinal);
        Assert.Contains(ProcurementFixture.Heading(nameof(ProcurementText.ConfidentialNote), Language.En), cloud, StringComparison.Ordinal);
        Assert.Contains(ProcurementFixture.Heading(nameof(ProcurementText.DocSla), Language.En), cloud, StringComparison.Ordinal);
        Assert.DoesNotContain(ProcurementFixture.Heading(nameof(ProcurementText.DocSla), Language.En), software, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_item_is_named_with_the_kinds_and_ids_the_model_has()
    {
        var model = ProcurementFixture.Analyze().Model;

        var message = ProcurementSpecification.UnknownItem(model, "plant.yaml", "no-such-thing", Language.En);

        Assert.StartsWith("plant.yaml: ", message, StringComparison.Ordinal);
        Assert.Contains("'no-such-thing'", message, StringComparison.Ordinal);
        Assert.Contains("cloud-service", message, StringComparison.Ordinal);
        Assert.Contains("vendor-remote", message, StringComparison.Ordinal);
        Assert.Contains("camera-line2", message, StringComparison.Ordinal);
    }
}
