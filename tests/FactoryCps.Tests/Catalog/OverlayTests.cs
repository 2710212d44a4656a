using FactoryCps.Catalog.Loading;
using FactoryCps.Diagnostics;

namespace FactoryCps.Tests.Catalog;

/// <summary>Organisations extend the catalogue with overlay files, validated exactly like the built-in one.</summary>
public sealed class OverlayTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("fcps-overlay-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private const string ValidOverlay = """
        catalog: 1
        threats:
          - id: acme-ransomware
            category: availability
            title: { ja: ランサムウェアによる生産停止, en: Production stop by ransomware }
            countermeasureGroups: [operation]
            level: 3
            source: factorycps
            confidence: derived
        countermeasures:
          - id: ops-acme-offline-backup
            group: operation
            title: { ja: オフラインバックアップ, en: Offline backup }
            description: { ja: 週次でオフライン媒体に退避する, en: Copy to offline media weekly }
            threats: [acme-ransomware, ct-dos]
            fr: [FR7]
            minLevel: 1
            question: { ja: オフラインバックアップを取得しているか, en: Do you keep offline backups? }
            source: factorycps
            confidence: derived
        rules:
          - id: acme-ransomware-servers
            threat: acme-ransomware
            subject: zone
            when: any(assets, kind in ['server', 'pc'])
            at: self
            description: { ja: サーバ・PC があるゾーン, en: Zones with servers or PCs }
            source: factorycps
            confidence: derived
        """;

    private CatalogLoadResult LoadOverlay(string yaml, string name = "acme.yaml")
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, yaml);
        return CatalogLoader.Load([path]);
    }

    private static Diagnostic SingleError(CatalogLoadResult result)
    {
        Assert.Null(result.Catalog);
        return Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    /// <summary>A broken item is left out, so a later check may also report its absence; the cause comes first.</summary>
    private static Diagnostic FirstError(CatalogLoadResult result)
    {
        Assert.Null(result.Catalog);
        return result.Diagnostics.First(d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_valid_overlay_adds_threats_countermeasures_and_rules()
    {
        var result = LoadOverlay(ValidOverlay);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(FactoryCps.Localization.Language.En))));
        var catalog = result.Catalog!;
        Assert.Contains(catalog.Threats, t => t.Id == "acme-ransomware");
        Assert.Contains(catalog.CountermeasuresFor("ct-dos"), c => c.Id == "ops-acme-offline-backup");
        Assert.Contains(catalog.Rules, r => r.Id == "acme-ransomware-servers");
        Assert.Contains(catalog.Checklist, c => c.Subject == "ops-acme-offline-backup");
        Assert.Equal(CatalogLoader.Default.Countermeasures.Count + 1, catalog.Countermeasures.Count);
    }

    [Fact]
    public void A_bad_reference_names_the_file_and_line()
    {
        var result = LoadOverlay(ValidOverlay.Replace("threats: [acme-ransomware, ct-dos]", "threats: [acme-ransomware, ct-doss]", StringComparison.Ordinal));

        var error = SingleError(result);
        Assert.Equal("CatalogUnknownReference", error.Message.Key);
        Assert.Equal(Path.Combine(_directory, "acme.yaml"), error.Location!.File);
        Assert.Equal(11, error.Location.Line);
        Assert.Contains("ct-doss", error.Render(FactoryCps.Localization.Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_with_an_unknown_attribute_names_line_and_column()
    {
        var result = LoadOverlay(ValidOverlay.Replace("kind in ['server', 'pc']", "kind in ['server', 'pc'] and hostname == 'x'", StringComparison.Ordinal));

        var error = SingleError(result);
        Assert.Equal("RuleUnknownAttribute", error.Message.Key);
        Assert.Equal(25, error.Location!.Line);
        Assert.Equal(11 + "any(assets, kind in ['server', 'pc'] and ".Length, error.Location.Column);
        Assert.Equal("rules[0].when", error.Path);
    }

    [Fact]
    public void A_missing_translation_is_rejected_at_its_field()
    {
        var result = LoadOverlay(ValidOverlay.Replace("title: { ja: オフラインバックアップ, en: Offline backup }", "title: { ja: オフラインバックアップ }", StringComparison.Ordinal));

        var error = FirstError(result);
        Assert.Equal("TextMissingLanguage", error.Message.Key);
        Assert.Equal("countermeasures[0].title.en", error.Path);
        Assert.Equal(13, error.Location!.Line);
    }

    [Fact]
    public void Reusing_a_built_in_id_is_an_error()
    {
        var result = LoadOverlay(ValidOverlay.Replace("id: ops-acme-offline-backup", "id: net-segmentation", StringComparison.Ordinal));

        var error = FirstError(result);
        Assert.Equal("CatalogDuplicateId", error.Message.Key);
        Assert.Contains("builtin:", error.Render(FactoryCps.Localization.Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_field_is_an_error_not_ignored()
    {
        var result = LoadOverlay(ValidOverlay.Replace("minLevel: 1", "minLevel: 1\n    minLevle: 2", StringComparison.Ordinal));

        Assert.Equal("UnknownField", SingleError(result).Message.Key);
    }

    [Fact]
    public void A_threat_without_a_countermeasure_in_its_group_is_an_error()
    {
        var result = LoadOverlay(ValidOverlay.Replace("countermeasureGroups: [operation]", "countermeasureGroups: [operation, physical]", StringComparison.Ordinal));

        var error = SingleError(result);
        Assert.Equal("CatalogThreatUncovered", error.Message.Key);
        Assert.Equal(3, error.Location!.Line);
    }

    [Fact]
    public void An_invalid_source_is_an_error()
    {
        var result = LoadOverlay(ValidOverlay.Replace("    source: factorycps\n    confidence: derived\ncountermeasures", "    source: our-wiki\n    confidence: derived\ncountermeasures", StringComparison.Ordinal));

        Assert.Equal("CatalogInvalidSource", SingleError(result).Message.Key);
    }

    [Fact]
    public void Seed_confidence_needs_a_guideline_source()
    {
        var result = LoadOverlay(ValidOverlay.Replace("    source: factorycps\n    confidence: derived\ncountermeasures", "    source: factorycps\n    confidence: seed\ncountermeasures", StringComparison.Ordinal));

        Assert.Equal("CatalogSeedNeedsGuideline", SingleError(result).Message.Key);
    }

    [Fact]
    public void Another_importance_scale_needs_a_level_for_each_value()
    {
        const string scale = """
            catalog: 1
            importanceScale:
              - { value: 1, label: { ja: 低, en: Low } }
              - { value: 2, label: { ja: 中, en: Medium } }
              - { value: 3, label: { ja: 高, en: High } }
              - { value: 4, label: { ja: 最高, en: Critical } }
            """;

        var gap = SingleError(LoadOverlay(scale));
        Assert.Equal("CatalogLevelMappingGap", gap.Message.Key);

        var complete = LoadOverlay(scale + """

            levelMapping:
              maxLevel: 4
              base:
                - { importance: 1, level: 1 }
                - { importance: 2, level: 2 }
                - { importance: 3, level: 3 }
                - { importance: 4, level: 4 }
              raises: []
              source: factorycps
              confidence: derived
            """, "scale.yaml");
        Assert.True(complete.Succeeded);
        Assert.Equal(4, complete.Catalog!.ImportanceScale.Count);
        Assert.Empty(complete.Catalog.LevelMapping.Raises);
    }

    [Fact]
    public void An_unsupported_format_version_is_named()
    {
        var error = SingleError(LoadOverlay("catalog: 2\n"));

        Assert.Equal("CatalogUnsupportedFormat", error.Message.Key);
        Assert.Equal(1, error.Location!.Line);
    }

    [Fact]
    public void A_missing_overlay_file_is_reported()
    {
        var result = CatalogLoader.Load([Path.Combine(_directory, "nope.yaml")]);

        Assert.Equal("YamlFileNotFound", SingleError(result).Message.Key);
    }

    [Fact]
    public void Every_problem_of_an_overlay_is_reported_in_one_run()
    {
        var broken = ValidOverlay
            .Replace("category: availability", "category: unavailability", StringComparison.Ordinal)
            .Replace("minLevel: 1", "minLevel: 7", StringComparison.Ordinal)
            .Replace("subject: zone", "subject: building", StringComparison.Ordinal);

        var result = LoadOverlay(broken);

        Assert.Null(result.Catalog);
        var keys = result.Diagnostics.Select(d => d.Message.Key).ToList();
        Assert.Contains("CatalogUnknownReference", keys);
        Assert.Contains("IntOutOfRange", keys);
        Assert.Contains("InvalidEnum", keys);
    }
}
