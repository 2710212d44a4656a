using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Catalog.Loading;
using FactoryCps.Suppliers.Questionnaires;

namespace FactoryCps.Tests.Suppliers;

public sealed class QuestionnaireGeneratorTests
{
    private static readonly GuidelineCatalog Catalog = CatalogLoader.Default;

    private static IReadOnlyList<QuestionnaireQuestion> Ask(string yaml, string category, string phase, params string[] zones) =>
        QuestionnaireGenerator.Generate(Catalog, SupplierSite.Analyze(yaml), new SupplyRequest(category, phase, zones));

    private static IEnumerable<string> SeedIds(string category, string phase) =>
        Catalog.SupplyChain.Where(i => i.Category == category && i.Phase == phase && i.When is null).Select(i => i.Id);

    [Theory]
    [InlineData("cloud", "procurement", 4)]
    [InlineData("cloud", "contract", 2)]
    [InlineData("cloud", "operation", 6)]
    [InlineData("product", "procurement", 8)]
    [InlineData("product", "operation", 5)]
    [InlineData("software", "procurement", 7)]
    [InlineData("software", "contract", 4)]
    [InlineData("software", "development", 3)]
    [InlineData("software", "operation", 5)]
    public void A_plain_site_is_asked_the_extensions_items_of_the_category_and_phase_in_seed_order(string category, string phase, int count)
    {
        var questions = Ask(SupplierSite.Yaml(), category, phase, "office");

        Assert.Equal(count, questions.Count);
        Assert.Equal(SeedIds(category, phase), questions.Select(q => q.ItemId));
        Assert.All(questions, q => Assert.Equal(QuestionBasis.Phase, q.Basis));
        Assert.All(questions, q => Assert.Null(q.BasisRef));
    }

    [Fact]
    public void A_product_in_a_zone_of_target_level_3_is_asked_its_iec_62443_4_2_capability()
    {
        var office = Ask(SupplierSite.Yaml(), "product", "procurement", "office");
        var line = Ask(SupplierSite.Yaml(), "product", "procurement", "office", "line");

        Assert.DoesNotContain(office, q => q.ItemId.StartsWith("sc-product-iec-62443", StringComparison.Ordinal));
        var added = line.Where(q => q.Basis == QuestionBasis.TargetLevel).ToList();
        Assert.Contains(added, q => q.ItemId == "sc-product-iec-62443-4-2-01");
        Assert.Contains(added, q => q.ItemId == "sc-product-iec-62443-4-1-01");
        Assert.All(added, q => Assert.Equal("line", q.BasisRef));
        Assert.DoesNotContain(added, q => q.ItemId == "sc-product-iec-62443-4-2-09");
    }

    [Fact]
    public void The_zone_with_the_highest_target_level_is_named_and_level_4_items_come_with_it()
    {
        var questions = Ask(SupplierSite.Yaml(), "product", "procurement", "line", "sis");

        var certification = Assert.Single(questions, q => q.ItemId == "sc-product-iec-62443-4-2-09");
        Assert.Equal("sis", certification.BasisRef);
        Assert.All(questions.Where(q => q.Basis == QuestionBasis.TargetLevel), q => Assert.Equal("sis", q.BasisRef));
    }

    [Fact]
    public void Target_level_items_keep_to_their_category_and_phase()
    {
        var cloud = Ask(SupplierSite.Yaml(), "cloud", "procurement", "sis");
        var productOperation = Ask(SupplierSite.Yaml(), "product", "operation", "sis");

        Assert.DoesNotContain(cloud, q => q.Basis != QuestionBasis.Phase);
        Assert.DoesNotContain(productOperation, q => q.Basis == QuestionBasis.TargetLevel);
    }

    [Fact]
    public void A_semiconductor_site_is_asked_semi_e187_for_equipment_without_saying_so_in_the_model()
    {
        var questions = Ask(SupplierSite.Yaml("semiconductor"), "product", "procurement", "office");

        var e187 = questions.Where(q => q.BasisRef == "semi-e187").ToList();
        Assert.Equal(7, e187.Count);
        Assert.All(e187, q => Assert.Equal(QuestionBasis.Requirement, q.Basis));
        Assert.Contains(questions, q => q.BasisRef == "semi-e188");
    }

    [Fact]
    public void Semi_e187_applies_to_another_industry_when_the_model_says_so_and_not_when_it_says_no()
    {
        var stated = Ask(SupplierSite.Yaml("automotive-parts", "{ id: semi-e187, applies: true }"), "product", "procurement", "office");
        var plain = Ask(SupplierSite.Yaml("automotive-parts"), "product", "procurement", "office");
        var declined = Ask(SupplierSite.Yaml("semiconductor", "{ id: semi-e187, applies: false, note: 装置なし }"), "product", "procurement", "office");

        Assert.Contains(stated, q => q.BasisRef == "semi-e187");
        Assert.DoesNotContain(plain, q => q.BasisRef is "semi-e187" or "semi-e188");
        Assert.DoesNotContain(declined, q => q.BasisRef == "semi-e187");
    }

    [Theory]
    [InlineData("product", "procurement", 3)]
    [InlineData("product", "contract", 3)]
    [InlineData("software", "procurement", 3)]
    [InlineData("software", "contract", 3)]
    [InlineData("cloud", "contract", 0)]
    public void Cra_items_are_asked_of_products_and_software_when_the_model_says_the_cra_applies(string category, string phase, int count)
    {
        var applies = Ask(SupplierSite.Yaml(null, "{ id: eu-cra, applies: true }"), category, phase, "office");
        var silent = Ask(SupplierSite.Yaml(), category, phase, "office");

        Assert.Equal(count, applies.Count(q => q.BasisRef == "eu-cra"));
        Assert.DoesNotContain(silent, q => q.BasisRef == "eu-cra");
    }

    [Fact]
    public void The_smart_factory_sample_declines_the_cra_and_is_not_asked_about_it()
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "samples", "smart-factory.yaml");
        var loaded = ModelLoader.LoadFile(path, Catalog).Loaded!;

        var questions = QuestionnaireGenerator.Generate(loaded, new SupplyRequest("product", "contract", ["control-line1"]), SupplierSite.Today);

        Assert.DoesNotContain(questions, q => q.BasisRef == "eu-cra");
    }

    [Fact]
    public void Order_is_phase_then_target_level_then_requirement_then_organisation_each_in_catalogue_order_without_repeats()
    {
        var catalog = SupplierSite.WithOverlay(Overlay);
        var analysis = SupplierSite.Analyze(SupplierSite.Yaml("semiconductor", "{ id: eu-cra, applies: true }"), catalog);

        var questions = QuestionnaireGenerator.Generate(catalog, analysis, new SupplyRequest("product", "procurement", ["line", "line"]));

        Assert.Equal(questions.Select(q => q.Basis).Order(), questions.Select(q => q.Basis));
        Assert.Equal(questions.Count, questions.Select(q => q.ItemId).Distinct().Count());
        var catalogueOrder = catalog.SupplyChain.Select(i => i.Id).ToList();
        foreach (var group in questions.GroupBy(q => q.Basis))
        {
            var positions = group.Select(q => catalogueOrder.IndexOf(q.ItemId)).ToList();
            Assert.Equal(positions.Order(), positions);
        }

        Assert.Equal([QuestionBasis.Phase, QuestionBasis.TargetLevel, QuestionBasis.Requirement, QuestionBasis.Organisation], questions.Select(q => q.Basis).Distinct());
    }

    private const string Overlay = """
        catalog: 1
        supplyChain:
          - id: acme-product-procurement-01
            category: product
            phase: procurement
            text: { ja: 当社の取引先行動規範に同意しているか, en: Do you agree to our supplier code of conduct? }
            source: factorycps
            confidence: derived
          - id: acme-product-procurement-02
            category: product
            phase: procurement
            when: { minTargetLevel: 4 }
            text: { ja: 第三者による侵入テストの結果を提出できるか, en: Can you submit third-party penetration test results? }
            source: factorycps
            confidence: derived
          - id: acme-cloud-procurement-01
            category: cloud
            phase: procurement
            text: { ja: ISMAP に登録されているか, en: Is the service registered in ISMAP? }
            source: factorycps
            confidence: derived
        """;

    [Fact]
    public void The_organisations_own_items_come_from_the_overlay_and_keep_their_conditions()
    {
        var catalog = SupplierSite.WithOverlay(Overlay);
        var analysis = SupplierSite.Analyze(SupplierSite.Yaml(), catalog);

        var line = QuestionnaireGenerator.Generate(catalog, analysis, new SupplyRequest("product", "procurement", ["line"]));
        var sis = QuestionnaireGenerator.Generate(catalog, analysis, new SupplyRequest("product", "procurement", ["sis"]));

        var own = Assert.Single(line, q => q.Basis == QuestionBasis.Organisation);
        Assert.Equal("acme-product-procurement-01", own.ItemId);
        Assert.Null(own.BasisRef);
        var conditional = Assert.Single(sis, q => q.ItemId == "acme-product-procurement-02");
        Assert.Equal((QuestionBasis.Organisation, "sis"), (conditional.Basis, conditional.BasisRef));
        Assert.DoesNotContain(line, q => q.ItemId == "acme-cloud-procurement-01");
    }

    [Fact]
    public void A_zone_the_model_does_not_have_is_refused_by_name()
    {
        var analysis = SupplierSite.Analyze(SupplierSite.Yaml());

        var error = Assert.Throws<ArgumentException>(() => QuestionnaireGenerator.Generate(Catalog, analysis, new SupplyRequest("product", "procurement", ["nowhere"])));

        Assert.Contains("'nowhere'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hardware", "procurement")]
    [InlineData("product", "design")]
    public void An_unknown_category_or_phase_is_refused(string category, string phase)
    {
        var analysis = SupplierSite.Analyze(SupplierSite.Yaml());

        Assert.Throws<ArgumentException>(() => QuestionnaireGenerator.Generate(Catalog, analysis, new SupplyRequest(category, phase, [])));
    }
}
