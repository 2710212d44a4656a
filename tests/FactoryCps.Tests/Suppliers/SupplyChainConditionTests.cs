using FactoryCps.Catalog.Loading;
using FactoryCps.Guideline;
using FactoryCps.Localization;

namespace FactoryCps.Tests.Suppliers;

/// <summary>The catalogue's <c>when:</c> on supply-chain items: read, checked against the whole, and marked by origin.</summary>
public sealed class SupplyChainConditionTests
{
    private static string Item(string when, string id = "acme-item") => $$"""
        catalog: 1
        supplyChain:
          - id: {{id}}
            category: product
            phase: procurement
            {{when}}
            text: { ja: 確認項目, en: Check item }
            source: factorycps
            confidence: derived
        """;

    private static IReadOnlyList<string> Errors(string overlay)
    {
        var result = CatalogLoader.LoadWithOverlayText("acme.yaml", overlay);
        Assert.False(result.Succeeded);
        return [.. result.Diagnostics.Select(d => d.Render(Language.En))];
    }

    [Fact]
    public void Built_in_conditional_items_are_derived_cite_their_standard_and_name_known_requirements()
    {
        var conditional = CatalogLoader.Default.SupplyChain.Where(i => i.When is not null).ToList();

        Assert.NotEmpty(conditional);
        Assert.All(conditional, i => Assert.Equal(Confidence.Derived, i.Confidence));
        Assert.All(conditional, i => Assert.Contains(CatalogLoader.Default.Requirements, r => r.Id == i.Source));
        Assert.All(conditional.Where(i => i.When!.Requirement is not null), i => Assert.Contains(CatalogLoader.Default.Requirements, r => r.Id == i.When!.Requirement));
        Assert.DoesNotContain(CatalogLoader.Default.SupplyChain, i => i.FromOverlay);
    }

    [Fact]
    public void A_when_is_read_with_every_condition()
    {
        var catalog = SupplierSite.WithOverlay(Item("when: { minTargetLevel: 2, requirement: eu-cra, industries: [semiconductor, ' chemicals '] }"));

        var item = catalog.SupplyChain.Single(i => i.Id == "acme-item");

        Assert.Equal(2, item.When!.MinTargetLevel);
        Assert.Equal("eu-cra", item.When.Requirement);
        Assert.Equal(["semiconductor", "chemicals"], item.When.Industries);
        Assert.True(item.FromOverlay);
    }

    [Fact]
    public void An_unknown_requirement_in_when_is_an_error_naming_the_item_and_the_id()
    {
        var errors = Errors(Item("when: { requirement: eu-cra-typo }"));

        Assert.Contains(errors, e => e.Contains("supplyChain[acme-item].when.requirement", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misspelt_requirement_id_is_an_error_on_its_line()
    {
        var errors = Errors(Item("when: { requirement: eu-cro }"));

        Assert.Contains(errors, e => e.StartsWith("acme.yaml:", StringComparison.Ordinal) && e.Contains("'eu-cro'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_target_level_above_the_level_mapping_is_an_error()
    {
        var errors = Errors(Item("when: { minTargetLevel: 5 }"));

        Assert.Contains(errors, e => e.Contains("when.minTargetLevel", StringComparison.Ordinal) && e.Contains("1..4", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("when: {}")]
    [InlineData("when: { industries: [] }")]
    public void An_empty_when_is_an_error(string when)
    {
        var errors = Errors(Item(when));

        Assert.Contains(errors, e => e.Contains("when", StringComparison.Ordinal) && e.Contains("minTargetLevel | requirement | industries", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_condition_is_an_error()
    {
        var errors = Errors(Item("when: { minTargetLevel: 3, country: eu }"));

        Assert.Contains(errors, e => e.Contains("when.country", StringComparison.Ordinal));
    }

    [Fact]
    public void An_overlay_item_cannot_take_a_built_in_id()
    {
        var errors = Errors(Item("when: { minTargetLevel: 3 }", "sc-product-iec-62443-4-2-01"));

        Assert.Contains(errors, e => e.Contains("sc-product-iec-62443-4-2-01", StringComparison.Ordinal));
    }
}
