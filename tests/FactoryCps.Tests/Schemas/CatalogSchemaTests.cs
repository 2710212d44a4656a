using System.Text.Json;
using FactoryCps.Yaml;
using Json.Schema;

namespace FactoryCps.Tests.Schemas;

/// <summary>
/// The catalogue's JSON Schema (schemas/catalog-1.schema.json, for editors and overlay authors) accepts
/// every built-in file and rejects what the loader rejects structurally.
/// </summary>
public sealed class CatalogSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(TestPaths.RepositoryRoot, "schemas", "catalog-1.schema.json"));

    public static TheoryData<string> BuiltInFiles =>
        [.. Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "src", "FactoryCps", "Catalog", "Data"), "*.yaml").Select(f => Path.GetFileName(f))];

    private static EvaluationResults Evaluate(string yaml)
    {
        var tree = SafeYamlParser.Read(yaml, "test.yaml", YamlLimits.Default);
        Assert.True(tree.Succeeded);
        using var document = JsonDocument.Parse(YamlJson.ToJson(tree.Root!)!.ToJsonString());
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    [Theory]
    [MemberData(nameof(BuiltInFiles))]
    public void Every_built_in_file_is_valid(string file)
    {
        var results = Evaluate(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "FactoryCps", "Catalog", "Data", file)));

        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Theory]
    [InlineData("catalog: 2\n")]
    [InlineData("catalog: 1\nthreats:\n  - id: x\n    category: c\n    title: { ja: あ }\n    countermeasureGroups: []\n    level: 1\n    source: factorycps\n    confidence: derived\n")]
    [InlineData("catalog: 1\nsupplyChain:\n  - id: x\n    category: cloud\n    phase: someday\n    text: { ja: あ, en: a }\n    source: factorycps\n    confidence: derived\n")]
    [InlineData("catalog: 1\ncountermeasures:\n  - id: Bad Id\n    group: network\n    title: { ja: あ, en: a }\n    description: { ja: あ, en: a }\n    threats: [sf-01]\n    fr: [FR9]\n    minLevel: 5\n    question: { ja: あ, en: a }\n    source: factorycps\n    confidence: derived\n")]
    [InlineData("catalog: 1\nrules: []\nsurprise: true\n")]
    public void Structurally_broken_files_are_invalid(string yaml)
    {
        Assert.False(Evaluate(yaml).IsValid);
    }
}
