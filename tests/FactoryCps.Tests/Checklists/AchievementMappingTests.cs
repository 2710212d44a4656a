using FactoryCps.Catalog.Loading;
using FactoryCps.Guideline;
using FactoryCps.Localization;
using static FactoryCps.Tests.Checklists.ChecklistFixture;

namespace FactoryCps.Tests.Checklists;

public sealed class AchievementMappingTests
{
    [Fact]
    public void The_catalogue_maps_each_level_to_the_status_its_meaning_says()
    {
        var mapping = Catalogue.AchievementMapping;

        Assert.Equal(["missing", "planned", "partial", "implemented", "implemented"], Enumerable.Range(0, 5).Select(mapping.StatusOf));
        Assert.Equal("not-applicable", mapping.StatusOf(null, notApplicable: true));
        Assert.Equal(0, mapping.LevelOf("missing"));
        Assert.Equal(1, mapping.LevelOf("planned"));
        Assert.Equal(2, mapping.LevelOf("partial"));
        Assert.Equal(3, mapping.LevelOf("implemented"));
        Assert.Null(mapping.LevelOf("not-applicable"));
        Assert.Equal(4, mapping.MaxLevel);
        Assert.False(mapping.IsLevel(5));
    }

    [Fact]
    public void An_overlay_may_bring_its_own_scale_when_its_statuses_still_fit()
    {
        var load = CatalogLoader.LoadWithOverlayText("overlay.yaml", Scale(("0", "missing"), ("1", "planned"), ("2", "partial"), ("3", "partial"), ("4", "implemented")));

        Assert.True(load.Succeeded, string.Join('\n', load.Diagnostics.Select(d => d.Render(Language.En))));
        Assert.Equal("partial", load.Catalog!.AchievementMapping.StatusOf(3));
        Assert.Equal(4, load.Catalog.AchievementMapping.LevelOf("implemented"));
    }

    [Theory]
    [InlineData("FieldRequired", "0:missing 1:planned 2:partial 3: 4:implemented")]
    [InlineData("CatalogAchievementStatusOrder", "0:missing 1:partial 2:planned 3:implemented 4:implemented")]
    [InlineData("CatalogAchievementStatusUnused", "0:missing 1:missing 2:partial 3:implemented 4:implemented")]
    [InlineData("InvalidEnum", "0:missing 1:planned 2:partial 3:implemented 4:not-applicable")]
    public void An_overlay_that_breaks_the_mapping_is_refused(string code, string levels)
    {
        var overlay = Scale([.. levels.Split(' ').Select(l => (l.Split(':')[0], l.Split(':')[1]))]);

        var load = CatalogLoader.LoadWithOverlayText("overlay.yaml", overlay);

        Assert.False(load.Succeeded);
        Assert.Contains(load.Diagnostics, d => d.Message.Key == code);
    }

    private static string Scale(params (string Value, string Status)[] levels) =>
        "catalog: 1\nachievementScale:\n" + string.Concat(levels.Select(l =>
            $"  - value: {l.Value}\n    label: {{ ja: 段階{l.Value}, en: Level {l.Value} }}\n" + (l.Status.Length == 0 ? "" : $"    status: {l.Status}\n")));

    [Fact]
    public void A_mapping_built_from_levels_without_statuses_knows_no_level()
    {
        var mapping = new AchievementMapping([new ScaleLevel(0, new LocalizedText("無", "None"), null)]);

        Assert.False(mapping.IsLevel(0));
        Assert.Null(mapping.LevelOf("missing"));
    }
}
