using System.Text.Json.Nodes;
using FactoryCps.Analysis;
using FactoryCps.Catalog.Loading;
using FactoryCps.Localization;
using FactoryCps.Model;
using FactoryCps.Model.Writing;
using FactoryCps.Yaml;

namespace FactoryCps.Tests.Models;

/// <summary>A model written back in the spec's format reads as the same model: the export contract.</summary>
public sealed class ModelWriterTests
{
    public static TheoryData<string> Samples => ["smart-factory.yaml", "minimal.yaml", "minimal-connected.yaml"];

    private static FactoryModel Load(string yaml, string name = "model.yaml")
    {
        var result = ModelLoader.LoadText(yaml, name, CatalogLoader.Default);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En))));
        return result.Model!;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Samples_survive_a_round_trip_through_yaml_and_json(string sample)
    {
        var original = Load(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", sample)), sample);
        var written = ModelWriter.Write(original);

        var fromYaml = ModelWriter.Write(Load(YamlText.Write(written)));
        var fromJson = ModelWriter.Write(Load(written.ToJsonString(), "model.json"));

        Assert.True(JsonNode.DeepEquals(written, fromYaml), YamlText.Write(written));
        Assert.True(JsonNode.DeepEquals(written, fromJson));
    }

    [Fact]
    public void Strings_that_look_like_other_types_stay_strings()
    {
        var model = Load("""
            format: 1
            site: { id: s, name: "null", organization: "true", industry: "2026-01-01" }
            operations: [{ id: o, name: "3", impact: { safety: 1 } }]
            assets: [{ id: a, kind: plc, zone: z, operations: [o], version: "1.10", vendor: "~" }]
            zones: [{ id: z }]
            """);

        var again = Load(YamlText.Write(ModelWriter.Write(model)));

        Assert.Equal("null", again.Site.Name);
        Assert.Equal("true", again.Site.Organization);
        Assert.Equal("2026-01-01", again.Site.Industry);
        Assert.Equal("3", again.Operations[0].Name);
        Assert.Equal("1.10", again.Assets[0].Version);
        Assert.Equal("~", again.Assets[0].Vendor);
    }

    [Fact]
    public void Defaults_are_left_out()
    {
        var written = ModelWriter.Write(Load("format: 1\nsite: { id: s }\nzones: [{ id: z }]\nconduits: []\n"));

        Assert.Equal("""{"format":1,"site":{"id":"s"},"zones":[{"id":"z"}]}""", written.ToJsonString());
    }
}
