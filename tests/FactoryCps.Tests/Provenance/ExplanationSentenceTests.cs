using FactoryCps.Analysis;
using FactoryCps.Catalog.Loading;
using FactoryCps.Localization;
using FactoryCps.Provenance;
using FactoryCps.Tests.Analysis;

namespace FactoryCps.Tests.Provenance;

/// <summary>
/// An explanation in a sentence (issue 15): the subject by its name, the value with the scale's label, the rule
/// by the catalogue's description or this library's words, never the ids or the rule language of the chain.
/// </summary>
public sealed class ExplanationSentenceTests
{
    private static ModelBuilder Named() => ModelBuilder.Empty()
        .Operation("{ id: production, name: 生産, impact: { safety: 3 } }")
        .Zone("{ id: control-line1, name: 制御ライン1, template: control }")
        .Asset("{ id: plc-line1, name: PLC ライン1, kind: plc, zone: control-line1, operations: [production], generalPurpose: true }")
        .Asset("{ id: sis-1, name: 安全計装, kind: sis, zone: control-line1, operations: [production] }");

    private static ExplanationSentence Sentences(AnalysisResult result, Language language) =>
        ModelExplanations.Sentences(result.Model, CatalogLoader.Default, language);

    [Fact]
    public void A_zones_importance_is_told_by_names_and_the_scales_label_in_Japanese()
    {
        var result = Named().Analyze();

        var sentence = Sentences(result, Language.Ja).Write(result.Zones.Single().Importance.Why);

        Assert.Equal("ゾーン「制御ライン1」の重要度は 3（高）。含まれる保護対象の重要度のうち最も高い値をとる（保護対象「PLC ライン1」の重要度は 3（高））。", sentence);
    }

    [Fact]
    public void A_zones_importance_is_told_by_names_and_the_scales_label_in_English()
    {
        var result = Named().Analyze();

        var sentence = Sentences(result, Language.En).Write(result.Zones.Single().Importance.Why);

        Assert.Equal("The importance of zone “制御ライン1” is 3 (High). It takes the highest importance of the assets in the zone (the importance of asset “PLC ライン1” is 3 (High)).", sentence);
    }

    [Fact]
    public void An_operations_importance_names_the_impact_it_came_from()
    {
        var result = Named().Analyze();
        var why = result.Operations.Single().Importance.Why;

        Assert.Equal("業務「生産」の影響度（安全）は 3（高）。業務の重要度は、影響度のうち最も高い値とする。", Sentences(result, Language.Ja).Write(why));
        Assert.Equal("The safety impact of operation “生産” is 3 (High). An operation's importance is its highest impact.", Sentences(result, Language.En).Write(why));
    }

    [Theory]
    [InlineData(Language.Ja)]
    [InlineData(Language.En)]
    public void A_raised_target_level_gives_the_raises_catalogue_description_not_its_condition(Language language)
    {
        var result = Named().Analyze();
        var raise = CatalogLoader.Default.LevelMapping.Raises.Single(r => r.Id == "high-importance-sis");

        var sentence = Sentences(result, language).Write(result.Zones.Single().TargetLevel.Why);

        Assert.Contains(raise.Description.Get(language), sentence, StringComparison.Ordinal);
        Assert.Contains(language == Language.Ja ? "の目標セキュリティレベルは 4" : "target security level of zone “制御ライン1” is 4", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain(raise.When.Text, sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("control-line1", sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Ja, "保護対象「PLC ライン1」：")]
    [InlineData(Language.En, "Asset “PLC ライン1”: ")]
    public void A_threat_rules_match_is_told_by_the_rules_catalogue_description(Language language, string subject)
    {
        var result = Named().Analyze();
        var rule = CatalogLoader.Default.Rules.Single(r => r.Id == "sf-02-general-purpose");
        var match = result.Threats.SelectMany(t => t.Matches).First(m => m.Rule == rule.Id);

        var sentence = Sentences(result, language).Write(match);

        Assert.Equal(subject + rule.Description.Get(language), sentence);
    }

    [Theory]
    [InlineData(Language.Ja, "保護対象「PLC ライン1」が、組織で追加したルール「org-usb-port」に該当する。")]
    [InlineData(Language.En, "Asset “PLC ライン1” matches the rule “org-usb-port” that the organization added.")]
    public void A_rule_without_a_description_is_named_in_words_never_shown_as_its_expression(Language language, string expected)
    {
        var result = Named().Analyze();
        var words = ModelExplanations.Words(result.Model, CatalogLoader.Default);
        var match = Explanation.Leaf("asset plc-line1", "any(ports, kind == 'usb')", "org-usb-port");

        var sentence = new ExplanationSentence(words, language).Write(match);

        Assert.Equal(expected, sentence);
    }

    [Fact]
    public void A_conduit_or_data_flow_without_a_name_is_named_by_its_ends()
    {
        var result = Named()
            .Zone("{ id: office, name: 事務ゾーン, template: enterprise }")
            .Asset("{ id: pc-1, name: 事務用PC, kind: pc, zone: office, operations: [production] }")
            .Conduit("{ id: office-line1, from: office, to: control-line1, protocols: [https], controls: [firewall] }")
            .DataFlow("{ id: pc-to-plc, from: pc-1, to: plc-line1 }")
            .Analyze();
        var sentences = Sentences(result, Language.Ja);

        Assert.Equal("コンジット「事務ゾーン – 制御ライン1」が、組織で追加したルール「r」に該当する。", sentences.Write(Explanation.Leaf("conduit office-line1", "true", "r")));
        Assert.Equal("データフロー「事務用PC → PLC ライン1」が、組織で追加したルール「r」に該当する。", sentences.Write(Explanation.Leaf("dataFlow pc-to-plc", "true", "r")));
    }

    [Theory]
    [InlineData(Language.Ja, "保護対象「a1」、保護対象「a2」、保護対象「a3」、保護対象「a4」、保護対象「a5」ほか 2 件：")]
    [InlineData(Language.En, "Asset “a1”, asset “a2”, asset “a3”, asset “a4”, asset “a5” and 2 more: ")]
    public void The_matches_of_one_rule_are_one_sentence_naming_the_first_subjects_and_counting_the_rest(Language language, string subjects)
    {
        var result = Named().Analyze();
        var rule = CatalogLoader.Default.Rules.Single(r => r.Id == "sf-02-general-purpose");
        var matches = Enumerable.Range(1, 7).Select(i => Explanation.Leaf($"asset a{i}", rule.When.Text, rule.Id));

        var sentence = Sentences(result, language).WriteAll(matches);

        Assert.Equal(subjects + rule.Description.Get(language), sentence);
    }

    [Fact]
    public void A_subject_without_a_name_is_shown_by_its_id_since_nothing_else_names_it()
    {
        var result = ModelBuilder.Basic().Analyze();

        var sentence = Sentences(result, Language.Ja).Write(result.Zones.Single().Importance.Why);

        Assert.StartsWith("ゾーン「control-line1」の重要度は 3（高）。", sentence, StringComparison.Ordinal);
    }
}
