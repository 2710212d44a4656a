using FactoryCps.Analysis;
using FactoryCps.Catalog.Loading;
using FactoryCps.Diffs;
using FactoryCps.Tests.Cli;

namespace FactoryCps.Tests.Diffs;

public sealed class ModelDifferTests
{
    private static readonly DateOnly Date = new(2026, 11, 28);

    private static LoadedModel Load(string yaml)
    {
        var result = ModelLoader.LoadText(yaml, "m.yaml", CatalogLoader.Default);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(FactoryCps.Localization.Language.En))));
        return result.Loaded!;
    }

    private static LoadedModel Sample(string name) =>
        ModelLoader.LoadFile(Path.Combine(TestPaths.RepositoryRoot, "samples", name), CatalogLoader.Default).Loaded!;

    private const string Base = """
        format: 1
        site: { id: s }
        operations:
          - { id: office, impact: { cost: 1 } }
          - { id: production, impact: { safety: 3 } }
        zones:
          - { id: z1, template: control }
        assets:
          - { id: pc, kind: pc, zone: z1, operations: [office] }

        """;

    [Fact]
    public void Identical_models_have_no_differences()
    {
        var diff = ModelDiffer.Compare(Sample("smart-factory.yaml"), Sample("smart-factory.yaml"), Date);

        Assert.True(diff.IsEmpty);
    }

    [Fact]
    public void Reports_added_removed_and_changed_elements_with_fields()
    {
        var older = Load(Base + "  - { id: old-hmi, kind: hmi, zone: z1, operations: [office] }\n");
        var newer = Load(Base.Replace("{ id: pc, kind: pc, zone: z1, operations: [office] }", "{ id: pc, kind: pc, zone: z1, operations: [production], generalPurpose: true }", StringComparison.Ordinal)
            + "  - { id: camera, kind: camera, zone: z1, operations: [production] }\n");

        var diff = ModelDiffer.Compare(older, newer, Date);

        Assert.Contains(diff.Elements, e => e is { List: "assets", Id: "camera", Change: "added" });
        Assert.Contains(diff.Elements, e => e is { List: "assets", Id: "old-hmi", Change: "removed" });
        var changed = Assert.Single(diff.Elements, e => e.Change == "changed");
        Assert.Equal("pc", changed.Id);
        Assert.Equal(["operations", "generalPurpose"], changed.Fields.Select(f => f.Field).Order(StringComparer.Ordinal).Reverse());
        Assert.Contains(changed.Fields, f => f is { Field: "operations", Old: "[\"office\"]", New: "[\"production\"]" });
    }

    [Fact]
    public void Reports_the_consequences_importance_levels_threats_and_requirements()
    {
        var older = Load(Base);
        var newer = Load(Base.Replace("operations: [office] }", "operations: [production], generalPurpose: true }", StringComparison.Ordinal));

        var diff = ModelDiffer.Compare(older, newer, Date);

        Assert.Contains(diff.Importance, v => v is { Kind: "asset", Id: "pc", Old: 1, New: 3 });
        Assert.Contains(diff.Importance, v => v is { Kind: "zone", Id: "z1", Old: 1, New: 3 });
        Assert.Contains(diff.TargetLevels, v => v is { Id: "z1", Old: 1, New: 3 });
        Assert.Contains(diff.Threats, t => t is { Threat: "sf-02", Zone: "z1", Change: "added" });
        Assert.Contains(diff.NewlyRequired, r => r.Zone == "z1" && CatalogLoader.Default.CountermeasuresById[r.Countermeasure].MinLevel > 1);
        Assert.Contains(diff.Importance.Where(v => v.Id == "z1"), v => v.Why!.StartsWith("zone z1 importance 3 ← asset pc importance 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Zone_scoped_statuses_are_compared_per_scope()
    {
        var statuses = "countermeasures:\n  - { id: net-zone-firewall, status: implemented }\n  - { id: net-zone-firewall, status: partial, scope: [z1] }\n";
        var older = Load(Base + statuses);
        var newer = Load(Base + statuses.Replace("status: partial", "status: implemented", StringComparison.Ordinal));

        var diff = ModelDiffer.Compare(older, newer, Date);

        var change = Assert.Single(diff.Elements);
        Assert.Equal("net-zone-firewall@z1", change.Id);
        Assert.Equal("status", Assert.Single(change.Fields).Field);
    }

    [Fact]
    public void The_cli_shows_the_smart_ification_of_the_minimal_sample()
    {
        var result = CliRunner.Run("diff", Path.Combine(TestPaths.RepositoryRoot, "samples", "minimal.yaml"), Path.Combine(TestPaths.RepositoryRoot, "samples", "minimal-connected.yaml"), "--date", "2026-11-28", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var json = System.Text.Json.Nodes.JsonNode.Parse(result.Out)!;
        Assert.Contains(json["threats"]!.AsArray(), t => (string?)t!["threat"] == "sf-06" && (string?)t["change"] == "added");
        Assert.Contains(json["changes"]!.AsArray(), c => (string?)c!["id"] == "tuning-cloud" && (string?)c["change"] == "added");
    }

    /// <summary>The text names sections, threats, countermeasures and zones in words (issue 15); the JSON keeps the ids.</summary>
    [Fact]
    public void The_cli_text_names_what_changed_in_words()
    {
        var result = CliRunner.Run("diff", Path.Combine(TestPaths.RepositoryRoot, "samples", "minimal.yaml"), Path.Combine(TestPaths.RepositoryRoot, "samples", "minimal-connected.yaml"), "--date", "2026-11-28", "--lang", "ja");

        Assert.Equal(0, result.ExitCode);
        var text = result.Out.Replace("│", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains("スマート化の目的tune-machining追加", text, StringComparison.Ordinal);
        Assert.Contains("外部接続先tuning-cloud追加", text, StringComparison.Ordinal);
        Assert.DoesNotContain("objectives", text, StringComparison.Ordinal);
        Assert.Contains("不正なデータ入力による不適切なフィードバック(sf-06)", text, StringComparison.Ordinal);
    }
}
